package io.canale.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of one partner's payouts in a period, without the store: owed, once per reference, bounded. */
class PartnerPayoutsTests {

    static final Instant AT = Instant.parse("2027-04-01T10:00:00Z");
    static final Actor STAFF = new Actor("staff", null);
    static final java.time.LocalDate DAY = java.time.LocalDate.parse("2027-04-01");

    @Test
    void payouts_add_up_to_at_most_what_was_earned() {
        PartnerPayouts book = PartnerPayouts.none("inc_1", "2027-Q1", "ptn_a", "EUR");
        book.pay(new BigDecimal("600"), "A", DAY, new BigDecimal("1000.00"), STAFF, AT);
        assertThat(code(() -> book.pay(new BigDecimal("400.01"), "B", DAY, new BigDecimal("1000.00"), STAFF, AT))).isEqualTo(UserErrorCode.EXCEEDS_AVAILABLE);
        Payout last = book.pay(new BigDecimal("400"), "B", DAY, new BigDecimal("1000.00"), STAFF, AT);
        assertThat(last.id()).isEqualTo("inc_1|2027-Q1|ptn_a|B");
        assertThat(book.paid()).isEqualByComparingTo("1000.00");
        assertThat(book.payouts()).extracting(Payout::reference).containsExactly("A", "B");
    }

    @Test
    void a_reference_paid_already_is_a_duplicate_even_when_nothing_more_is_owed() {
        PartnerPayouts book = PartnerPayouts.none("inc_1", "2027-Q1", "ptn_a", "EUR");
        book.pay(new BigDecimal("100"), "A", DAY, new BigDecimal("100"), STAFF, AT);
        assertThat(code(() -> book.pay(new BigDecimal("100"), "A", DAY, new BigDecimal("100"), STAFF, AT))).isEqualTo(UserErrorCode.DUPLICATE);
    }

    @Test
    void the_number_of_payouts_of_a_period_is_bounded() {
        PartnerPayouts book = PartnerPayouts.none("inc_1", "2027-Q1", "ptn_a", "EUR");
        BigDecimal earned = new BigDecimal("1000000");
        for (int i = 0; i < PartnerPayouts.MAX_PAYOUTS; i++) {
            book.pay(BigDecimal.ONE, "R" + i, DAY, earned, STAFF, AT);
        }
        assertThat(code(() -> book.pay(BigDecimal.ONE, "more", DAY, earned, STAFF, AT))).isEqualTo(UserErrorCode.TOO_MANY);
    }

    private static UserErrorCode code(Runnable payout) {
        InvalidInputException refused = (InvalidInputException) catchThrowable(payout::run);
        assertThat(refused).isNotNull();
        return refused.errors().getFirst().code();
    }
}
