package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListErrorsTests {

    /** Entries read from lines 2, 3 and 5 of the text (line 4 was blank). */
    private static final List<PriceEntryCsv.Entry> SENT = List.of(
            new PriceEntryCsv.Entry(2, "FRN-PAD-001", BigDecimal.ONE),
            new PriceEntryCsv.Entry(3, "NOPE-1", BigDecimal.ONE),
            new PriceEntryCsv.Entry(5, "FRN-PAD-002", BigDecimal.TEN));

    private static UserError error(UserErrorCode code, String... path) {
        return new UserError(List.of(path), code, "");
    }

    @Test
    void entry_index_is_read_from_the_entries_path() {
        assertThat(PriceListErrors.entryIndex(List.of("input", "entries", "3", "sku"))).hasValue(3);
        assertThat(PriceListErrors.entryIndex(List.of("input", "entries", "0"))).hasValue(0);
        assertThat(PriceListErrors.entryIndex(List.of("input", "entries"))).isEmpty();
        assertThat(PriceListErrors.entryIndex(List.of("input", "name"))).isEmpty();
        assertThat(PriceListErrors.entryIndex(null)).isEmpty();
    }

    @Test
    void refused_entries_are_shown_with_the_line_they_came_from() {
        List<UserError> errors = List.of(
                error(UserErrorCode.INVALID, "input", "entries", "2", "unitPrice"),
                error(UserErrorCode.NOT_FOUND, "input", "entries", "1", "sku"),
                error(UserErrorCode.INVALID, "input", "validTo"));

        assertThat(PriceListErrors.refusedLines(errors, SENT)).containsExactly(
                new RefusedLine(3, "NOPE-1", "priceListCsv.unknownSku"),
                new RefusedLine(5, "FRN-PAD-002", "priceListCsv.price"));
        assertThat(PriceListErrors.listErrors(errors)).extracting(UserError::field)
                .containsExactly(List.of("input", "validTo"));
    }

    @Test
    void an_index_beyond_what_was_sent_still_names_a_line() {
        assertThat(PriceListErrors.refusedLines(List.of(error(UserErrorCode.DUPLICATE, "input", "entries", "7", "sku")), SENT))
                .containsExactly(new RefusedLine(8, "", "priceListCsv.duplicate"));
    }

    @Test
    void other_codes_fall_back_to_the_generic_text() {
        assertThat(PriceListErrors.messageKey(error(UserErrorCode.REQUIRED, "input", "entries", "0", "sku")))
                .isEqualTo("userError.REQUIRED");
    }
}
