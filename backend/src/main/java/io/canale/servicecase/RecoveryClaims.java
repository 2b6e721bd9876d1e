package io.canale.servicecase;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.Party;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Opens, lists and answers recovery claims through the {@link AccessPolicy}. */
@Service
class RecoveryClaims {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final MongoOperations mongo;
    private final ServiceCases cases;
    private final AccessPolicy policy;
    private final Clock clock;

    RecoveryClaims(MongoOperations mongo, ServiceCases cases, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.policy = policy;
        this.clock = clock;
    }

    /** Staff claim from the case's supplier or carrier ({@code againstId} must be a party of the case in that role). */
    RecoveryClaim open(Caller caller, String caseId, String againstId, RecoveryClaim.Reason reason, BigDecimal amount, String currency,
            String evidence) {
        ServiceCase serviceCase = cases.find(caller, caseId).orElseThrow(() -> new NotFoundException("service case"));
        policy.openRecoveryClaim(caller, cases.facts(serviceCase)).enforce("input.caseId");
        Party against = serviceCase.parties().stream()
                .filter(party -> party.partnerId().equals(againstId) && !ServiceCase.DEALER.equals(party.role())).findFirst()
                .orElseThrow(() -> new InvalidInputException("input.againstId", UserErrorCode.NOT_FOUND,
                        "not a supplier or carrier of this case"));
        UserErrors errors = new UserErrors();
        Money money = Money.of(amount, currency, "input.amount", errors);
        errors.throwIfAny();
        return mongo.insert(RecoveryClaim.open(Ids.next("clm"), caseId, against, reason, money, evidence, caller.actor(), clock.instant()));
    }

    RecoveryClaim answer(Caller caller, String id, Integer expectedVersion, boolean accept, String why) {
        return change(caller, id, expectedVersion, (claim, decide) -> policy.answerRecoveryClaim(caller, claim.facts()).enforce("input.id"),
                claim -> claim.answer(accept, why, caller.actor(), clock.instant()));
    }

    RecoveryClaim withdraw(Caller caller, String id, Integer expectedVersion) {
        return change(caller, id, expectedVersion, (claim, decide) -> policy.withdrawRecoveryClaim(caller, claim.facts()).enforce("input.id"),
                claim -> claim.withdraw(caller.actor(), clock.instant()));
    }

    Window<RecoveryClaim> list(Caller caller, RecoveryClaim.Status status, ScrollSubrange page) {
        Criteria criteria = policy.recoveryClaimsVisibleTo(caller).asCriteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Pages.scroll(mongo, Query.query(criteria), NEWEST_FIRST, page, RecoveryClaim.class);
    }

    /** The claims of a case the caller may read, oldest first (at most 100: claims are few per case). */
    List<RecoveryClaim> ofCase(Caller caller, ServiceCase serviceCase) {
        Criteria criteria = policy.recoveryClaimsVisibleTo(caller).asCriteria().and("caseId").is(serviceCase.id());
        return mongo.find(Query.query(criteria).with(Sort.by("createdAt")).limit(100), RecoveryClaim.class);
    }

    Optional<RecoveryClaim> find(Caller caller, String id) {
        policy.recoveryClaimsVisibleTo(caller);
        return Optional.ofNullable(id == null ? null : mongo.findById(id, RecoveryClaim.class))
                .filter(claim -> policy.mayReadRecoveryClaim(caller, claim.facts()));
    }

    private RecoveryClaim change(Caller caller, String id, Integer expectedVersion, BiConsumer<RecoveryClaim, Caller> decide,
            java.util.function.Consumer<RecoveryClaim> change) {
        RecoveryClaim claim = find(caller, id).orElseThrow(() -> new NotFoundException("recovery claim"));
        decide.accept(claim, caller);
        Versions.expect(expectedVersion, claim.version());
        change.accept(claim);
        return mongo.save(claim);
    }
}
