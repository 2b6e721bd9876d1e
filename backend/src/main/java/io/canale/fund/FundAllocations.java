package io.canale.fund;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Decision;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/**
 * Requests, decisions and claims on allocations, through the {@link AccessPolicy}. Every change reloads the allocation,
 * decides on what it reads and writes it back conditionally on its version; a lost race starts over on the newer
 * version, so a limit is always checked against what the write replaces.
 */
@Service
class FundAllocations {

    /** The result of a change: the allocation as written and the request changed. */
    record Changed(FundAllocation allocation, FundRequest request) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final Clock clock;

    FundAllocations(MongoOperations mongo, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.clock = clock;
    }

    Window<FundAllocation> list(Caller caller, String budgetId, Boolean awaitingStaff, ScrollSubrange page) {
        Criteria criteria = policy.fundAllocationsVisibleTo(caller).asCriteria();
        if (budgetId != null) {
            criteria = criteria.and("budgetId").is(budgetId);
        }
        if (awaitingStaff != null) {
            criteria = criteria.and("awaitingStaff").is(awaitingStaff);
        }
        return Pages.scroll(mongo, Query.query(criteria), FundBudgets.NEWEST_FIRST, page, FundAllocation.class);
    }

    Optional<FundAllocation> find(Caller caller, String id) {
        policy.fundAllocationsVisibleTo(caller);
        return Optional.ofNullable(id == null ? null : mongo.findById(id, FundAllocation.class))
                .filter(allocation -> policy.mayReadFundAllocation(caller, allocation.facts()));
    }

    /** The allocation holding a request, if the caller may read it. */
    Optional<FundAllocation> ofRequest(Caller caller, String requestId) {
        policy.fundAllocationsVisibleTo(caller);
        return Optional.ofNullable(requestId == null ? null
                        : mongo.findOne(Query.query(Criteria.where("requests.id").is(requestId)), FundAllocation.class))
                .filter(allocation -> policy.mayReadFundAllocation(caller, allocation.facts()));
    }

    Instant now() {
        return clock.instant();
    }

    /** The partner asks for funds; {@code requestKey} makes a retry answer the request the first attempt made. */
    Changed request(Caller caller, String allocationId, ActivityType activity, String title, String plan, BigDecimal amount, String currency,
            String startsOn, String endsOn, String requestKey) {
        UserErrors errors = new UserErrors();
        Money money = Money.of(amount, currency, "input.amount", errors);
        errors.throwIfAny();
        String requestId = requestKey == null || requestKey.isBlank() ? Ids.next("frq")
                : Ids.derived("frq", caller.partnerId() + "/" + allocationId + "/" + requestKey);
        return write(() -> find(caller, allocationId).orElseThrow(() -> new NotFoundException("fund allocation")), allocation -> {
            policy.requestFunds(caller, allocation.facts()).enforce("input.allocationId");
            return allocation.request(requestId, activity, title, plan, money, startsOn, endsOn, caller.actor(), clock.instant());
        });
    }

    /**
     * Changes one request after the policy's decision on it; {@code expectedVersion}, when given, must be the request's
     * version the caller saw.
     */
    Changed change(Caller caller, String requestId, Integer expectedVersion, BiFunction<Caller, FundRequest, Decision> decision,
            java.util.function.BiConsumer<FundRequest, Instant> change) {
        return write(() -> ofRequest(caller, requestId).orElseThrow(() -> new NotFoundException("fund request")), allocation -> {
            Instant now = clock.instant();
            FundRequest request = allocation.request(requestId);
            decision.apply(caller, request).enforce("input.id");
            if (expectedVersion != null && expectedVersion != request.version()) {
                throw new InvalidInputException("input.expectedVersion", UserErrorCode.VERSION_CONFLICT,
                        "the request was changed meanwhile (now at version " + request.version() + "); reload it and try again");
            }
            return allocation.change(requestId, changed -> change.accept(changed, now), caller.actor(), now);
        });
    }

    /** Releases the approved requests of one allocation whose claim deadline passed; answers how many. */
    int expireClaims(String allocationId, Instant now, io.canale.shared.Actor system) {
        int[] expired = {0};
        for (int attempt = 1; ; attempt++) {
            FundAllocation allocation = mongo.findById(allocationId, FundAllocation.class);
            if (allocation == null) {
                return 0;
            }
            expired[0] = allocation.expireClaims(now, system);
            if (expired[0] == 0) {
                return 0;
            }
            try {
                mongo.save(allocation);
                return expired[0];
            } catch (OptimisticLockingFailureException lost) {
                if (attempt >= FundBudgets.ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    private Changed write(java.util.function.Supplier<FundAllocation> load, Function<FundAllocation, FundRequest> change) {
        for (int attempt = 1; ; attempt++) {
            FundAllocation allocation = load.get();
            FundRequest request = change.apply(allocation);
            try {
                FundAllocation saved = mongo.save(allocation);
                return new Changed(saved, saved.request(request.id()));
            } catch (OptimisticLockingFailureException lost) {
                if (attempt >= FundBudgets.ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
