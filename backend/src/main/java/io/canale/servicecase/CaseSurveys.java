package io.canale.servicecase;

import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Customer satisfaction: a survey when a case is closed, mailed to the end customer or left to the dealer to
 * forward; its single-use answer through the public page; figures per dealer and supplier.
 */
@Service
@EnableConfigurationProperties(SurveyProperties.class)
class CaseSurveys {

    static final int MAX_MONTHS = 24;

    /** What a link leads to: the survey's case and its state now, or nothing for an unknown link. */
    record Opened(String caseId, String dealerName, CaseSurvey survey, CaseSurvey.Status status) {
    }

    /** How an answer went: recorded, or why not. */
    enum Answer { RECORDED, UNKNOWN, ANSWERED_BEFORE, EXPIRED }

    record Month(String month, Double average, int count) {
    }

    record Satisfaction(String partnerId, int months, Double average, int count, List<Month> trend) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final SurveyMail mail;
    private final SurveyLinks links;
    private final SurveyProperties properties;
    private final Clock clock;

    CaseSurveys(MongoOperations mongo, AccessPolicy policy, PartnerDirectory partners, SurveyMail mail, SurveyProperties properties,
            Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.partners = partners;
        this.mail = mail;
        this.links = new SurveyLinks(properties);
        this.properties = properties;
        this.clock = clock;
    }

    // ---- on closure ---------------------------------------------------------------------------------------

    /** Puts a new survey on a case being closed, before it is saved; mailed when a server and an address exist. */
    void issue(ServiceCase serviceCase, Instant at) {
        if (!serviceCase.needsSurvey()) {
            return;
        }
        String nonce = SurveyLinks.nonce();
        String hash = SurveyLinks.hash(links.token(serviceCase.id(), nonce));
        ServiceCase.EndCustomer customer = serviceCase.endCustomer();
        String mailTo = mail.configured() && customer != null && customer.email() != null && !customer.email().isBlank()
                ? customer.email() : null;
        serviceCase.surveyIssued(CaseSurvey.issued(nonce, hash, mailTo, at, at.plus(properties.ttl())), at);
    }

    /**
     * After the closed case is stored: mails the survey issued at {@code at}, if it is to be mailed. A mail that cannot
     * be sent leaves the link to the dealer (the case closes all the same) and says so on the timeline.
     */
    ServiceCase deliver(ServiceCase closed, Instant at) {
        CaseSurvey survey = closed.survey();
        if (survey == null || !at.equals(survey.issuedAt()) || survey.delivery() != CaseSurvey.Delivery.MAIL) {
            return closed;
        }
        String dealerName = partners.namesOf(List.of(closed.dealerId())).getOrDefault(closed.dealerId(), "");
        if (mail.send(survey.sentTo(), closed.endCustomer().name(), dealerName, links.link(links.token(closed.id(), survey.nonce())),
                survey.expiresAt())) {
            return closed;
        }
        // A versioned save like every other change of the case (so the change feed records it); a concurrent change
        // of the case makes it read the case again, and leave it alone once that survey is gone.
        ServiceCase current = closed;
        for (int attempt = 0; attempt < 3 && current.survey() != null && survey.nonce().equals(current.survey().nonce()); attempt++) {
            current.surveyMailFailed(clock.instant());
            try {
                return mongo.save(current);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                current = mongo.findById(closed.id(), ServiceCase.class);
            }
        }
        return current;
    }

    // ---- what readers see ----------------------------------------------------------------------------------

    /** The link to forward, when the policy shows it to the caller; null otherwise. */
    String linkFor(Caller caller, ServiceCase serviceCase, io.canale.security.Facts.ServiceCase facts) {
        CaseSurvey survey = serviceCase.survey();
        if (survey == null || !policy.seesSurveyLink(caller, facts, survey.facts(clock.instant()))) {
            return null;
        }
        String token = links.token(serviceCase.id(), survey.nonce());
        // After the key was changed the link cannot be made again: better none than one that does not work.
        return SurveyLinks.hash(token).equals(survey.tokenHash()) ? links.link(token) : null;
    }

    Instant now() {
        return clock.instant();
    }

    // ---- the public page ----------------------------------------------------------------------------------

    Optional<Opened> open(String token) {
        Optional<ServiceCase> found = byToken(token);
        return found.map(serviceCase -> new Opened(serviceCase.id(),
                partners.namesOf(List.of(serviceCase.dealerId())).getOrDefault(serviceCase.dealerId(), ""), serviceCase.survey(),
                serviceCase.survey().status(clock.instant())));
    }

    /**
     * Records the answer once: a single conditional update finds the unanswered, unexpired survey by its token's hash
     * and writes score, comment and the timeline entry together, so a second submit (or two at once) finds nothing.
     */
    Answer answer(String token, Integer score, String comment) {
        if (score == null || score < CaseSurvey.MIN_SCORE || score > CaseSurvey.MAX_SCORE) {
            throw new InvalidInputException("score", UserErrorCode.INVALID, "a score from 1 to 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > CaseSurvey.MAX_COMMENT) {
            throw new InvalidInputException("comment", UserErrorCode.TOO_LONG, "at most " + CaseSurvey.MAX_COMMENT + " characters");
        }
        if (!SurveyLinks.TOKEN.matcher(token).matches()) {
            return Answer.UNKNOWN;
        }
        // Read, answer, save on the version read: of two submits at once the second finds the version changed, reads
        // the case again and finds the survey answered.
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<ServiceCase> found = byToken(token);
            if (found.isEmpty()) {
                return Answer.UNKNOWN;
            }
            ServiceCase serviceCase = found.get();
            if (!serviceCase.surveyAnswered(score, text, clock.instant())) {
                return serviceCase.survey().answered() ? Answer.ANSWERED_BEFORE : Answer.EXPIRED;
            }
            try {
                mongo.save(serviceCase);
                return Answer.RECORDED;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // read again
            }
        }
        throw new IllegalStateException("the case kept changing while the survey answer was saved");
    }

    private Optional<ServiceCase> byToken(String token) {
        if (token == null || !SurveyLinks.TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("survey.tokenHash").is(SurveyLinks.hash(token))),
                ServiceCase.class));
    }

    // ---- figures ------------------------------------------------------------------------------------------

    /**
     * Average, count and monthly trend of the answers of the last {@code months} calendar months (UTC, the current one
     * included), for the partner the policy allows: the cases it took part in as the dealer or as a supplier.
     */
    Satisfaction satisfaction(Caller caller, String partnerId, Integer months) {
        Optional<String> partner = policy.satisfactionFiguresOf(caller, partnerId);
        Period period = period(months);
        Tally tally = new Tally(period);
        answers(period, partner, false).forEach(answer -> tally.add(answer.getDate("answeredAt").toInstant(), answer.getInteger("score")));
        return tally.figures(partner.orElse(null));
    }

    /**
     * The same figures per dealer and per supplier whose figures the policy lets the caller read: staff every partner
     * with an answer in the period, the lowest average first; a dealer or supplier its own, also without answers.
     */
    List<Satisfaction> satisfactionByPartner(Caller caller, Integer months) {
        Optional<String> only = policy.satisfactionFiguresOf(caller, null);
        Period period = period(months);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        only.ifPresent(partner -> tallies.put(partner, new Tally(period)));
        for (Document answer : answers(period, only, true)) {
            Instant at = answer.getDate("answeredAt").toInstant();
            int score = answer.getInteger("score");
            for (Document party : answer.getList("parties", Document.class)) {
                String partner = party.getString("partnerId");
                boolean counted = ServiceCase.DEALER.equals(party.getString("role")) || ServiceCase.SUPPLIER.equals(party.getString("role"));
                if (counted && only.map(partner::equals).orElse(true)) {
                    tallies.computeIfAbsent(partner, any -> new Tally(period)).add(at, score);
                }
            }
        }
        return tallies.entrySet().stream().map(tally -> tally.getValue().figures(tally.getKey()))
                .sorted(Comparator.comparing((Satisfaction figures) -> figures.average() == null ? Double.MAX_VALUE : figures.average())
                        .thenComparing(Satisfaction::partnerId))
                .toList();
    }

    /** The calendar months of the figures, the current one last. */
    private record Period(YearMonth first, YearMonth current, int months) {
    }

    private Period period(Integer months) {
        int span = months == null ? 6 : months;
        if (span < 1 || span > MAX_MONTHS) {
            throw new InvalidInputException("months", UserErrorCode.INVALID, "1 to " + MAX_MONTHS + " months");
        }
        YearMonth current = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        return new Period(current.minusMonths(span - 1L), current, span);
    }

    /** The answered surveys of the period (the partner's cases only, if named), each with its case's parties if asked for. */
    private List<Document> answers(Period period, Optional<String> partner, boolean withParties) {
        Criteria criteria = Criteria.where("survey.answeredAt").gte(period.first().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        if (partner.isPresent()) {
            criteria = Criteria.where("parties").elemMatch(Criteria.where("partnerId").is(partner.get())
                    .and("role").in(ServiceCase.DEALER, ServiceCase.SUPPLIER)).andOperator(criteria);
        }
        Query query = Query.query(criteria);
        query.fields().include("survey.answeredAt", "survey.score");
        if (withParties) {
            query.fields().include("parties");
        }
        List<Document> answers = new ArrayList<>();
        for (Document found : mongo.find(query, Document.class, mongo.getCollectionName(ServiceCase.class))) {
            Document survey = found.get("survey", Document.class);
            answers.add(withParties ? new Document(survey).append("parties", found.get("parties")) : survey);
        }
        return answers;
    }

    /** Scores summed per calendar month of a period. */
    private static final class Tally {

        private final Period period;
        private final Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();

        Tally(Period period) {
            this.period = period;
            for (YearMonth month = period.first(); !month.isAfter(period.current()); month = month.plusMonths(1)) {
                byMonth.put(month, new int[2]);
            }
        }

        void add(Instant answeredAt, int score) {
            int[] sums = byMonth.get(YearMonth.from(answeredAt.atOffset(ZoneOffset.UTC)));
            if (sums != null) { // an answer dated after now (a clock moved back) counts nowhere
                sums[0] += score;
                sums[1]++;
            }
        }

        Satisfaction figures(String partnerId) {
            List<Month> trend = new ArrayList<>();
            int total = 0;
            int count = 0;
            for (Map.Entry<YearMonth, int[]> month : byMonth.entrySet()) {
                trend.add(new Month(month.getKey().toString(), average(month.getValue()[0], month.getValue()[1]), month.getValue()[1]));
                total += month.getValue()[0];
                count += month.getValue()[1];
            }
            return new Satisfaction(partnerId, period.months(), average(total, count), count, trend);
        }
    }

    private static Double average(int total, int count) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
