package io.canale.identity;

import io.canale.shared.web.ClientAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in MongoDB, so every node sees the same counts:
 * one document per key, changed only with single-document atomic writes ({@code $inc} in findAndModify), which
 * the embedded store supports too. Accounts are keyed by a hash of the e-mail, known or not, so the counters
 * neither reveal nor collect addresses people mistyped.
 */
@Component
class SignInFailures {

    @Document("sign_in_failures")
    static class Counter {
        @Id
        String key;
        long failures;
        Instant lastFailureAt;
        /** MongoDB drops the document then (TTL index); reads ignore an expired one before that. */
        @Indexed(expireAfter = "0s")
        Instant expiresAt;
    }

    private final MongoOperations mongo;
    private final SignInLimits limits;
    private final Clock clock;

    SignInFailures(MongoOperations mongo, SignInLimits limits, Clock clock) {
        this.mongo = mongo;
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this person must wait before the password is even checked, if at all. */
    Optional<Duration> waitBefore(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accountKey(email), limits.account(), now),
                remaining(addressKey(clientAddress), limits.address(), now));
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Counts a failed attempt against the account and the address; answers the wait it imposes now. */
    Duration recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration account = limits.account().delayAfter(increment(accountKey(email), now));
        Duration address = limits.address().delayAfter(increment(addressKey(clientAddress), now));
        return max(account, address);
    }

    /** A correct password ends the account's run of failures; the address keeps its count. */
    void recordSuccess(String email) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountKey(email))), Counter.class);
    }

    private long increment(String key, Instant now) {
        // An expired counter starts again from zero; a concurrent failure at worst lands in the fresh one.
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("expiresAt").lte(now)), Counter.class);
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("failures", 1).set("lastFailureAt", now).set("expiresAt", now.plus(limits.forgetAfter())),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        return counter == null ? 1 : counter.failures;
    }

    private Duration remaining(String key, SignInLimits.Limit limit, Instant now) {
        Counter counter = mongo.findById(key, Counter.class);
        if (counter == null || counter.lastFailureAt == null || !counter.expiresAt.isAfter(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, counter.lastFailureAt.plus(limit.delayAfter(counter.failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String email) {
        return "account:" + Secrets.sha256(email == null ? "" : UserAccount.normaliseEmail(email));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + ClientAddresses.rateLimitKey(clientAddress);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
