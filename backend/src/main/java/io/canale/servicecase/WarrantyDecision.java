package io.canale.servicecase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Whether the goods of a case are under warranty, decided at intake from each linked order line's delivery date and
 * its product line's warranty term, with the reasons; staff may override it, saying why. Reasons are kept as a key
 * and arguments, so each reader gets them in its own language.
 */
record WarrantyDecision(Verdict verdict, List<LineDecision> lines, Override override) {

    enum Verdict { COVERED, NOT_COVERED, NEEDS_REVIEW }

    /** Why one line is (not) covered: {@code reason} keys {@code warranty.<reason>} in the message bundles. */
    record LineDecision(String orderId, int line, String sku, Verdict verdict, String reason, LocalDate deliveredOn, Period term,
            LocalDate coveredUntil) {
    }

    record Override(Verdict verdict, String reason, String by, Instant at) {
    }

    WarrantyDecision {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** No line to decide from: a person has to look. */
    static WarrantyDecision undetermined() {
        return new WarrantyDecision(Verdict.NEEDS_REVIEW, List.of(), null);
    }

    /** Every line covered → covered; none → not covered; a mix, or any line in doubt → review. */
    static WarrantyDecision of(List<LineDecision> lines) {
        if (lines.isEmpty()) {
            return undetermined();
        }
        boolean allCovered = lines.stream().allMatch(line -> line.verdict() == Verdict.COVERED);
        boolean noneCovered = lines.stream().allMatch(line -> line.verdict() == Verdict.NOT_COVERED);
        return new WarrantyDecision(allCovered ? Verdict.COVERED : noneCovered ? Verdict.NOT_COVERED : Verdict.NEEDS_REVIEW, lines, null);
    }

    WarrantyDecision overridden(Verdict by, String reason, String who, Instant at) {
        return new WarrantyDecision(verdict, lines, new Override(by, reason, who, at));
    }

    /** What counts: staff's override when there is one, else the decision at intake. */
    Verdict effective() {
        return override == null ? verdict : override.verdict();
    }
}
