package io.canale.incentive;

import io.canale.partner.PartnerTier;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An incentive program: who takes part, its periods and its versioned rules. A change of rules is a new version from
 * a date; lines delivered before that date keep the version in force when they were delivered, and a closed period
 * can no longer change. Refuses illegal changes itself.
 */
@Document("incentive_programs")
// Connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
class Program {

    /** Who may take part: partners of these types, tiers and home countries (an empty list: any). */
    record Eligibility(List<PartnerType> partnerTypes, List<PartnerTier> tiers, List<String> countries) {

        Eligibility {
            partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
            countries = countries == null ? List.of() : countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        }
    }

    /** Rules in force from {@code validFrom} (ISO date) until the next version's. */
    record ProgramVersion(int number, String validFrom, Rules rules, Instant createdAt, String createdBy) {

        LocalDate from() {
            return LocalDate.parse(validFrom);
        }
    }

    /** A period closed for good: its entries' count, total and snapshot hash as they were when it closed. */
    record ClosedPeriod(String period, Instant closedAt, String closedBy, int entryCount, java.math.BigDecimal total, String snapshotHash) {
    }

    static final int MAX_VERSIONS = 100;

    @Id
    private String id;
    private String name;
    private String currency;
    private String startDate;
    private String endDate;
    private Period.Length accrualPeriod;
    private Period.Length payoutPeriod;
    private Eligibility eligibility;
    private List<ProgramVersion> versions = new ArrayList<>();
    private List<ClosedPeriod> closedPeriods = new ArrayList<>();
    /** How many versions the ledger was settled for (AccrualFeeder settles the open periods again after a change). */
    private int settledVersions;
    private Instant createdAt;
    private Audit audit;
    @Version
    private Long version;

    protected Program() {
    }

    /** A new program with its first version, in force from its start; every rule broken is reported at once. */
    static Program define(String id, String name, String currency, String startDate, String endDate, Period.Length accrual,
            Period.Length payout, Eligibility eligibility, Rules rules, Actor by, Instant at) {
        UserErrors errors = new UserErrors().requireText("input.name", name, 120);
        String code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty()) {
            errors.add("input.currency", UserErrorCode.REQUIRED, "an ISO 4217 currency");
        } else {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException ex) {
                errors.add("input.currency", UserErrorCode.INVALID, "is not an ISO 4217 currency code");
            }
        }
        LocalDate start = Period.date(startDate);
        LocalDate end = Period.date(endDate);
        if (start == null) {
            errors.add("input.startDate", UserErrorCode.INVALID, "expected an ISO date such as 2027-01-01");
        }
        if (end == null) {
            errors.add("input.endDate", UserErrorCode.INVALID, "expected an ISO date such as 2027-12-31");
        }
        if (accrual == null) {
            errors.add("input.accrualPeriod", UserErrorCode.REQUIRED, "MONTH, QUARTER or YEAR");
        }
        if (payout == null) {
            errors.add("input.payoutPeriod", UserErrorCode.REQUIRED, "MONTH, QUARTER or YEAR");
        } else if (accrual != null && payout.compareTo(accrual) < 0) {
            errors.add("input.payoutPeriod", UserErrorCode.INVALID, "a payout period is at least as long as the accrual period");
        }
        if (start != null && end != null && accrual != null) {
            if (!end.isAfter(start)) {
                errors.add("input.endDate", UserErrorCode.INVALID, "after the start date");
            } else if (!accrual.startsPeriod(start) || !accrual.of(end).end().equals(end)) {
                errors.add("input.startDate", UserErrorCode.INVALID, "a program starts and ends on " + accrual.name().toLowerCase(Locale.ROOT)
                        + " boundaries, e.g. " + accrual.of(start).start() + " to " + accrual.of(end).end());
            } else if (start.plusYears(10).isBefore(end)) {
                errors.add("input.endDate", UserErrorCode.INVALID, "a program lasts at most ten years");
            }
        }
        Eligibility admitted = eligibility == null ? new Eligibility(List.of(), List.of(), List.of()) : eligibility;
        for (int i = 0; i < admitted.countries().size(); i++) {
            if (!admitted.countries().get(i).matches("[A-Z]{2}")) {
                errors.add("input.eligibility.countries." + i, UserErrorCode.INVALID, "an ISO 3166 country code such as IT");
            }
        }
        if (rules == null) {
            errors.add("input.rules", UserErrorCode.REQUIRED, "the program's rules");
        } else {
            rules.validate("input.rules", errors);
        }
        errors.throwIfAny();
        Program program = new Program();
        program.id = id;
        program.name = name.strip();
        program.currency = code;
        program.startDate = start.toString();
        program.endDate = end.toString();
        program.accrualPeriod = accrual;
        program.payoutPeriod = payout;
        program.eligibility = admitted;
        program.versions = new ArrayList<>(List.of(new ProgramVersion(1, start.toString(), rules, at, by.subject())));
        program.createdAt = at;
        program.audit = Audit.createdBy(by, at);
        return program;
    }

    /**
     * A new version of the rules from {@code validFrom}: after the newest version's start, inside the program, and not
     * inside (or before) a closed period, whose entries are final.
     */
    ProgramVersion revise(String validFrom, Rules rules, Actor by, Instant at) {
        UserErrors errors = new UserErrors();
        LocalDate from = Period.date(validFrom);
        if (from == null) {
            errors.add("input.validFrom", UserErrorCode.INVALID, "expected an ISO date such as 2027-04-01");
        } else if (!from.isAfter(latest().from())) {
            errors.add("input.validFrom", UserErrorCode.INVALID, "after the newest version's start (" + latest().validFrom() + ")");
        } else if (from.isAfter(end())) {
            errors.add("input.validFrom", UserErrorCode.INVALID, "inside the program, which ends on " + endDate);
        } else {
            lastClosedEnd().filter(closedEnd -> !from.isAfter(closedEnd)).ifPresent(closedEnd -> errors.add("input.validFrom",
                    UserErrorCode.ILLEGAL_STATE, "the period up to " + closedEnd + " is closed: a new version starts after it"));
        }
        if (versions.size() >= MAX_VERSIONS) {
            errors.add("input.id", UserErrorCode.TOO_MANY, "at most " + MAX_VERSIONS + " versions");
        }
        if (rules == null) {
            errors.add("input.rules", UserErrorCode.REQUIRED, "the new version's rules");
        } else {
            rules.validate("input.rules", errors);
        }
        errors.throwIfAny();
        ProgramVersion next = new ProgramVersion(versions.size() + 1, from.toString(), rules, at, by.subject());
        versions = new ArrayList<>(versions);
        versions.add(next);
        audit = audit.changedBy(by, at);
        return next;
    }

    /** Freezes an ended period of the program; its figures were taken from the ledger just before. */
    void close(Period period, int entryCount, java.math.BigDecimal total, String snapshotHash, Actor by, Instant at) {
        requirePeriod(period, "input.period");
        if (closed(period.key())) {
            throw new InvalidInputException("input.period", UserErrorCode.ILLEGAL_STATE, period.key() + " is closed already");
        }
        if (!Period.dateOf(at).isAfter(period.end())) {
            throw new InvalidInputException("input.period", UserErrorCode.ILLEGAL_STATE, period.key() + " has not ended yet");
        }
        closedPeriods = new ArrayList<>(closedPeriods());
        closedPeriods.add(new ClosedPeriod(period.key(), at, by.subject(), entryCount, total, snapshotHash));
        audit = audit.changedBy(by, at);
    }

    /** Refuses a period that is not one of this program's accrual periods. */
    void requirePeriod(Period period, String path) {
        if (period == null || period.length() != accrualPeriod || period.start().isBefore(start()) || period.end().isAfter(end())) {
            throw new InvalidInputException(path, UserErrorCode.INVALID, "not an accrual period of this program (e.g. "
                    + accrualPeriod.of(start()).key() + ")");
        }
    }

    /** The version in force on a date, if the program runs then. */
    Optional<ProgramVersion> versionAt(LocalDate date) {
        if (date.isBefore(start()) || date.isAfter(end())) {
            return Optional.empty();
        }
        ProgramVersion found = null;
        for (ProgramVersion candidate : versions) {
            if (!candidate.from().isAfter(date)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The accrual period a date falls in, if the program runs then. */
    Optional<Period> periodOf(LocalDate date) {
        return date.isBefore(start()) || date.isAfter(end()) ? Optional.empty() : Optional.of(accrualPeriod.of(date));
    }

    /** The program's accrual periods, first to last. */
    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (Period period = accrualPeriod.of(start()); !period.start().isAfter(end()); period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    boolean closed(String period) {
        return closedPeriods().stream().anyMatch(closed -> closed.period().equals(period));
    }

    Optional<ClosedPeriod> closing(String period) {
        return closedPeriods().stream().filter(closed -> closed.period().equals(period)).findFirst();
    }

    private Optional<LocalDate> lastClosedEnd() {
        return closedPeriods().stream().map(closed -> Period.parse(closed.period()).end()).max(LocalDate::compareTo);
    }

    ProgramVersion latest() {
        return versions.getLast();
    }

    LocalDate start() { return LocalDate.parse(startDate); }
    LocalDate end() { return LocalDate.parse(endDate); }
    public String id() { return id; }
    public String name() { return name; }
    public String currency() { return currency; }
    public String startDate() { return startDate; }
    public String endDate() { return endDate; }
    public Period.Length accrualPeriod() { return accrualPeriod; }
    public Period.Length payoutPeriod() { return payoutPeriod; }
    public Eligibility eligibility() { return eligibility; }
    List<ProgramVersion> versions() { return List.copyOf(versions); }
    List<ClosedPeriod> closedPeriods() { return closedPeriods == null ? List.of() : closedPeriods; }
    int settledVersions() { return settledVersions; }
    Instant createdAt() { return createdAt; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
