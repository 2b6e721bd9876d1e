package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.order.OrderedLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warranty decision at intake: delivery date + the product line's term, decided per line with its reason. */
class WarrantyCheckTests {

    static final Instant DELIVERED = Instant.parse("2026-03-02T14:30:00Z");
    static final WarrantyCheck CHECK = new WarrantyCheck(new ServiceProperties(Duration.ofDays(30), Period.ofMonths(24),
            Map.of("Batterie", Period.ofMonths(12)), null));

    @Test
    void within_the_term_is_covered_with_the_dates_that_decided_it() {
        WarrantyDecision decision = CHECK.decide(List.of(line("SKU-1", DELIVERED)), Map.of("SKU-1", "Ricambi"), LocalDate.parse("2027-11-20"));
        assertThat(decision.verdict()).isEqualTo(WarrantyDecision.Verdict.COVERED);
        WarrantyDecision.LineDecision line = decision.lines().getFirst();
        assertThat(line.reason()).isEqualTo("covered");
        assertThat(line.deliveredOn()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(line.term()).isEqualTo(Period.ofMonths(24));
        assertThat(line.coveredUntil()).isEqualTo(LocalDate.parse("2028-03-02"));
    }

    @Test
    void the_last_day_of_cover_is_covered_and_the_next_is_not() {
        Map<String, String> lines = Map.of("SKU-1", "Ricambi");
        assertThat(CHECK.decide(List.of(line("SKU-1", DELIVERED)), lines, LocalDate.parse("2028-03-02")).verdict())
                .isEqualTo(WarrantyDecision.Verdict.COVERED);
        WarrantyDecision late = CHECK.decide(List.of(line("SKU-1", DELIVERED)), lines, LocalDate.parse("2028-03-03"));
        assertThat(late.verdict()).isEqualTo(WarrantyDecision.Verdict.NOT_COVERED);
        assertThat(late.lines().getFirst().reason()).isEqualTo("expired");
    }

    @Test
    void a_product_line_with_its_own_term_uses_it_whatever_the_case_of_its_name() {
        WarrantyDecision decision = CHECK.decide(List.of(line("BAT-1", DELIVERED)), Map.of("BAT-1", "BATTERIE"), LocalDate.parse("2027-04-01"));
        assertThat(decision.verdict()).isEqualTo(WarrantyDecision.Verdict.NOT_COVERED);
        assertThat(decision.lines().getFirst().coveredUntil()).isEqualTo(LocalDate.parse("2027-03-02"));
    }

    @Test
    void no_delivery_or_an_unknown_product_needs_a_person_to_look() {
        assertThat(CHECK.decide(List.of(line("SKU-1", null)), Map.of("SKU-1", "Ricambi"), LocalDate.parse("2026-04-01")).lines().getFirst())
                .satisfies(line -> {
                    assertThat(line.verdict()).isEqualTo(WarrantyDecision.Verdict.NEEDS_REVIEW);
                    assertThat(line.reason()).isEqualTo("not-delivered");
                });
        assertThat(CHECK.decide(List.of(line("GONE-1", DELIVERED)), Map.of(), LocalDate.parse("2026-04-01")).lines().getFirst().reason())
                .isEqualTo("unknown-product");
    }

    @Test
    void lines_decided_differently_need_review_and_all_alike_decide_the_case() {
        Map<String, String> productLines = Map.of("SKU-1", "Ricambi", "BAT-1", "Batterie");
        LocalDate claimed = LocalDate.parse("2027-06-01");
        assertThat(CHECK.decide(List.of(line("SKU-1", DELIVERED), line("BAT-1", DELIVERED)), productLines, claimed).verdict())
                .isEqualTo(WarrantyDecision.Verdict.NEEDS_REVIEW);
        assertThat(CHECK.decide(List.of(line("SKU-1", DELIVERED), line("SKU-1", DELIVERED)), productLines, claimed).verdict())
                .isEqualTo(WarrantyDecision.Verdict.COVERED);
        assertThat(WarrantyDecision.of(List.of()).verdict()).isEqualTo(WarrantyDecision.Verdict.NEEDS_REVIEW);
    }

    @Test
    void an_override_counts_and_keeps_the_decision_at_intake() {
        WarrantyDecision decided = CHECK.decide(List.of(line("SKU-1", DELIVERED)), Map.of("SKU-1", "Ricambi"), LocalDate.parse("2029-01-01"));
        WarrantyDecision overridden = decided.overridden(WarrantyDecision.Verdict.COVERED, "goodwill", "staff@x", DELIVERED);
        assertThat(overridden.effective()).isEqualTo(WarrantyDecision.Verdict.COVERED);
        assertThat(overridden.verdict()).isEqualTo(WarrantyDecision.Verdict.NOT_COVERED);
    }

    private static OrderedLine line(String sku, Instant deliveredAt) {
        return new OrderedLine("ord_1", 1, "ptn_dealer", "ptn_supplier", sku, sku, 1, deliveredAt, List.of());
    }
}
