package io.canale.servicecase;

import io.canale.security.Facts;
import java.time.Instant;

/**
 * The one-question survey the end customer gets when a case is closed, kept on the case: the link's nonce and the
 * SHA-256 of its token (never the token, see {@link SurveyLinks}), how it was delivered, and the answer once given.
 * The answer is written by one conditional update (see {@link CaseSurveys#answer}), so a link records one answer.
 */
record CaseSurvey(String nonce, String tokenHash, Delivery delivery, String sentTo, Instant issuedAt, Instant expiresAt,
        Integer score, String comment, Instant answeredAt) {

    /** How the link reaches the end customer: mailed to them, or shown to the dealer to forward. */
    enum Delivery { MAIL, FORWARD }

    enum Status { MAILED, TO_FORWARD, ANSWERED, EXPIRED }

    static final String EVENT_PREFIX = "CASE_SURVEY_";
    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 5;
    static final int MAX_COMMENT = 2_000;

    static CaseSurvey issued(String nonce, String tokenHash, String mailTo, Instant at, Instant expiresAt) {
        return new CaseSurvey(nonce, tokenHash, mailTo == null ? Delivery.FORWARD : Delivery.MAIL, mailTo, at, expiresAt, null, null, null);
    }

    /** The mail could not be sent: the dealer forwards the link instead. */
    CaseSurvey toForward() {
        return new CaseSurvey(nonce, tokenHash, Delivery.FORWARD, null, issuedAt, expiresAt, score, comment, answeredAt);
    }

    /** The end customer's answer. */
    CaseSurvey answeredWith(int score, String comment, Instant at) {
        return new CaseSurvey(nonce, tokenHash, delivery, sentTo, issuedAt, expiresAt, score, comment, at);
    }

    boolean answered() {
        return answeredAt != null;
    }

    boolean expired(Instant now) {
        return !answered() && !now.isBefore(expiresAt);
    }

    Status status(Instant now) {
        if (answered()) {
            return Status.ANSWERED;
        }
        if (expired(now)) {
            return Status.EXPIRED;
        }
        return delivery == Delivery.MAIL ? Status.MAILED : Status.TO_FORWARD;
    }

    Facts.CaseSurvey facts(Instant now) {
        return new Facts.CaseSurvey(delivery == Delivery.MAIL, answered(), expired(now));
    }
}
