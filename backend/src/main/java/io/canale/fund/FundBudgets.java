package io.canale.fund;

import io.canale.order.OrderPurchases;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.NotFoundException;
import io.canale.shared.PartnerType;
import io.canale.shared.Pages;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Staff's budgets and their allocation to partners, through the {@link AccessPolicy}. */
@Service
class FundBudgets {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");
    /** Attempts at a conditional write before giving up; each lost race means another write succeeded. */
    static final int ATTEMPTS = 200;

    /** The input of an allocation: a fixed amount, or a percentage of delivered purchases in a period. */
    record AllocationInput(String budgetId, String partnerId, BigDecimal amount, BigDecimal percentOfPurchases, String purchasesFrom,
            String purchasesTo) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final OrderPurchases purchases;
    private final Clock clock;

    FundBudgets(MongoOperations mongo, AccessPolicy policy, PartnerDirectory partners, OrderPurchases purchases, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.partners = partners;
        this.purchases = purchases;
        this.clock = clock;
    }

    FundBudget create(Caller caller, String name, BigDecimal amount, String currency, String startsOn, String endsOn, Integer claimDays) {
        policy.manageFundBudgets(caller).enforce();
        UserErrors errors = new UserErrors();
        Money money = Money.of(amount, currency, "input.amount", errors);
        errors.throwIfAny();
        return mongo.insert(FundBudget.create(Ids.next("fbg"), name, money, startsOn, endsOn, claimDays, caller.actor(), clock.instant()));
    }

    Window<FundBudget> list(Caller caller, ScrollSubrange page) {
        policy.readFundBudgets(caller).enforce();
        return Pages.scroll(mongo, new Query(), NEWEST_FIRST, page, FundBudget.class);
    }

    Optional<FundBudget> find(Caller caller, String id) {
        if (!policy.readFundBudgets(caller).allowed() || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(id, FundBudget.class));
    }

    /**
     * Grants the partner its share of the budget, then writes its allocation from the grant. The grant is the commit
     * point (see package-info): when the allocation document is missing after a crash, allocating again completes it.
     */
    FundAllocation allocate(Caller caller, AllocationInput input) {
        policy.manageFundBudgets(caller).enforce();
        if (input.partnerId() == null || !partners.isActive(input.partnerId(), PartnerType.DEALER)) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.NOT_FOUND, "no active dealer with this id");
        }
        String allocationId = Ids.derived("fal", input.budgetId() + "/" + input.partnerId());
        for (int attempt = 1; ; attempt++) {
            FundBudget budget = Optional.ofNullable(input.budgetId()).map(id -> mongo.findById(id, FundBudget.class))
                    .orElseThrow(() -> new NotFoundException("fund budget"));
            FundAllocation.Basis basis = basis(budget, input);
            Optional<FundBudget.Grant> granted = budget.grantOf(input.partnerId());
            if (granted.isPresent()) {
                if (mongo.findById(allocationId, FundAllocation.class) != null) {
                    throw new InvalidInputException("input.partnerId", UserErrorCode.DUPLICATE, "the partner has an allocation of this budget");
                }
                return materialize(budget, granted.get(), basis, caller);
            }
            FundBudget.Grant grant = budget.grant(input.partnerId(), allocationId, basis.kind() == FundAllocation.BasisKind.FIXED
                    ? input.amount() : basis.purchases().multiply(basis.percent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP),
                    caller.actor(), clock.instant());
            try {
                mongo.save(budget);
            } catch (OptimisticLockingFailureException lost) {
                if (attempt >= ATTEMPTS) {
                    throw lost;
                }
                continue;
            }
            return materialize(budget, grant, basis, caller);
        }
    }

    /** Writes the allocation a grant commits, once: a second writer finds it there. */
    FundAllocation materialize(FundBudget budget, FundBudget.Grant grant, FundAllocation.Basis basis, Caller caller) {
        try {
            return mongo.insert(FundAllocation.fromGrant(budget, grant, basis, caller.actor()));
        } catch (DuplicateKeyException written) {
            return mongo.findById(grant.allocationId(), FundAllocation.class);
        }
    }

    private FundAllocation.Basis basis(FundBudget budget, AllocationInput input) {
        UserErrors errors = new UserErrors();
        if ((input.amount() == null) == (input.percentOfPurchases() == null)) {
            errors.add("input.amount", UserErrorCode.REQUIRED, "give either a fixed amount or a percentage of purchases");
            errors.throwIfAny();
        }
        if (input.amount() != null) {
            Money.of(input.amount(), budget.currency(), "input", errors);
            errors.throwIfAny();
            return new FundAllocation.Basis(FundAllocation.BasisKind.FIXED, null, null, null, null);
        }
        BigDecimal percent = input.percentOfPurchases();
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.stripTrailingZeros().scale() > 2) {
            errors.add("input.percentOfPurchases", UserErrorCode.INVALID, "more than 0 and at most 100, two decimals at most");
        }
        LocalDate from = FundBudget.date("input.purchasesFrom", input.purchasesFrom(), errors);
        LocalDate to = FundBudget.date("input.purchasesTo", input.purchasesTo(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("input.purchasesTo", UserErrorCode.INVALID, "the period ends before it starts");
        }
        errors.throwIfAny();
        BigDecimal value = purchases.deliveredValue(input.partnerId(), budget.currency(), from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (value.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP).signum() <= 0) {
            throw new InvalidInputException("input.percentOfPurchases", UserErrorCode.INVALID,
                    "the partner has no delivered purchases in " + budget.currency() + " in this period");
        }
        return new FundAllocation.Basis(FundAllocation.BasisKind.PURCHASES, percent, value, from.toString(), to.toString());
    }
}
