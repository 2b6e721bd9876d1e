package io.canale.fund;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A budget of market development funds for a period, and what of it was granted to which partner. The grants are the
 * budget's own record of its commitments: a grant is added only while their sum stays within the amount, and the
 * replace that adds it is conditional on the version read, so concurrent allocations cannot overcommit it.
 */
@Document("fund_budgets")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
class FundBudget {

    static final int MAX_NAME = 200;
    static final int MAX_CLAIM_DAYS = 366;
    /** Grants are kept in the budget document; a budget for more partners is split into several. */
    static final int MAX_GRANTS = 2_000;

    /** What the budget committed to one partner: the allocation written from it has the same id and amount. */
    record Grant(String partnerId, String allocationId, BigDecimal amount, Instant at) {
    }

    @Id
    private String id;
    private String name;
    private Money amount;
    private String startsOn;
    private String endsOn;
    /** The claim deadline rule: a claim is due this many days after the activity's last day. */
    private int claimDays;
    private BigDecimal allocated = FundRequest.NOTHING;
    private List<Grant> grants = new ArrayList<>();
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected FundBudget() {
    }

    static FundBudget create(String id, String name, Money amount, String startsOn, String endsOn, Integer claimDays, Actor by, Instant at) {
        UserErrors errors = new UserErrors().requireText("input.name", name, MAX_NAME);
        LocalDate start = date("input.startsOn", startsOn, errors);
        LocalDate end = date("input.endsOn", endsOn, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("input.endsOn", UserErrorCode.INVALID, "the period ends before it starts");
        }
        if (claimDays == null) {
            errors.add("input.claimDays", UserErrorCode.REQUIRED, "say how many days after an activity its claim is due");
        } else if (claimDays < 0 || claimDays > MAX_CLAIM_DAYS) {
            errors.add("input.claimDays", UserErrorCode.INVALID, "between 0 and " + MAX_CLAIM_DAYS);
        }
        errors.throwIfAny();
        FundBudget budget = new FundBudget();
        budget.id = id;
        budget.name = name.strip();
        budget.amount = amount;
        budget.startsOn = start.toString();
        budget.endsOn = end.toString();
        budget.claimDays = claimDays;
        budget.createdAt = at;
        budget.audit = Audit.createdBy(by, at);
        return budget;
    }

    static LocalDate date(String path, String value, UserErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(path, UserErrorCode.REQUIRED, "must be given (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException ex) {
            errors.add(path, UserErrorCode.INVALID, "not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** What is left to allocate. */
    BigDecimal unallocated() {
        return amount.amount().subtract(allocated);
    }

    Optional<Grant> grantOf(String partnerId) {
        return grants.stream().filter(grant -> grant.partnerId().equals(partnerId)).findFirst();
    }

    /**
     * Commits {@code money} to the partner: refused when the partner has a grant already, when the currency differs or
     * when it is more than what is left ({@code EXCEEDS_AVAILABLE}).
     */
    Grant grant(String partnerId, String allocationId, BigDecimal money, Actor by, Instant at) {
        if (grantOf(partnerId).isPresent()) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.DUPLICATE, "the partner has an allocation of this budget");
        }
        if (grants.size() >= MAX_GRANTS) {
            throw new InvalidInputException("input.partnerId", UserErrorCode.TOO_MANY, "a budget has at most " + MAX_GRANTS + " allocations");
        }
        if (money.compareTo(unallocated()) > 0) {
            throw new InvalidInputException("input.amount", UserErrorCode.EXCEEDS_AVAILABLE,
                    money.toPlainString() + " " + currency() + " is more than the " + unallocated().toPlainString() + " left in the budget");
        }
        Grant grant = new Grant(partnerId, allocationId, money, at);
        grants.add(grant);
        allocated = allocated.add(money);
        audit = audit.changedBy(by, at);
        return grant;
    }

    String currency() {
        return amount.currency();
    }

    public String id() { return id; }
    public String name() { return name; }
    public Money amount() { return amount; }
    public Money allocated() { return new Money(allocated, amount.currency()); }
    public Money available() { return new Money(unallocated(), amount.currency()); }
    public String startsOn() { return startsOn; }
    public String endsOn() { return endsOn; }
    public int claimDays() { return claimDays; }
    List<Grant> grants() { return List.copyOf(grants); }
    public Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
