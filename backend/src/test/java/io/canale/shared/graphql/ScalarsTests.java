package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.schema.CoercingParseValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The custom scalars take what the store can hold and refuse the rest as the caller's mistake. */
class ScalarsTests {

    @Test
    void a_decimal_the_store_can_hold_exactly_is_taken() {
        for (String text : new String[] {"12.50", "-0.00", "1E+6111", "1E-6176", "1234567890123456789012345678901234"}) {
            assertThat(decimal(text)).as(text).isEqualByComparingTo(new BigDecimal(text));
        }
    }

    @Test
    void a_decimal_beyond_34_digits_or_the_exponent_range_is_refused() {
        for (String text : new String[] {"1E+999999999", "-1E-999999999", "12345678901234567890123456789012345",
                "1E+6112", "1E-6177", "1E+2147483648", "1".repeat(101), "12,50"}) {
            assertThatThrownBy(() -> decimal(text)).as(text).isInstanceOf(CoercingParseValueException.class);
        }
    }

    @Test
    void a_date_time_on_a_whole_minute_keeps_its_seconds_so_strict_instant_parsers_read_it() {
        Instant midnight = Instant.parse("2026-12-17T00:00:00Z");
        String text = (String) Scalars.DATE_TIME.getCoercing().serialize(midnight, GraphQLContext.getDefault(), Locale.ROOT);
        assertThat(text).isEqualTo("2026-12-17T00:00:00Z");
        assertThat(Instant.parse(text)).isEqualTo(midnight);
        assertThat(Scalars.DATE_TIME.getCoercing().serialize(Instant.parse("2026-12-17T10:15:30.250Z"), GraphQLContext.getDefault(),
                Locale.ROOT)).isEqualTo("2026-12-17T10:15:30.25Z");
    }

    private static BigDecimal decimal(String text) {
        return (BigDecimal) Scalars.DECIMAL.getCoercing().parseValue(text, GraphQLContext.getDefault(), Locale.ROOT);
    }
}
