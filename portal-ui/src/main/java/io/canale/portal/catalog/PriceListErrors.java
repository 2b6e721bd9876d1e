package io.canale.portal.catalog;

import io.canale.portal.api.UserError;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where a refused price list's problems belong. The API names an entry's problem by its position in
 * {@code input.entries}; the form sends the CSV's entries in text order, so position N is the entry read
 * from {@code entries.get(N).line()}.
 */
final class PriceListErrors {

    private static final String ENTRIES = "entries";

    private PriceListErrors() {
    }

    /** The entry an error path points into ({@code input.entries.3.sku} → 3); empty for other paths. */
    static OptionalInt entryIndex(List<String> path) {
        if (path == null) {
            return OptionalInt.empty();
        }
        int at = path.indexOf(ENTRIES);
        if (at < 0 || at + 1 >= path.size() || !path.get(at + 1).matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(path.get(at + 1)));
    }

    /** The API's refusals of single entries, as the lines of the text they came from, in line order. */
    static List<RefusedLine> refusedLines(List<UserError> errors, List<PriceEntryCsv.Entry> sent) {
        return errors.stream()
                .filter(error -> entryIndex(error.field()).isPresent())
                .map(error -> {
                    int index = entryIndex(error.field()).getAsInt();
                    PriceEntryCsv.Entry entry = index < sent.size() ? sent.get(index) : null;
                    return new RefusedLine(entry == null ? index + 1 : entry.line(), entry == null ? "" : entry.sku(),
                            messageKey(error));
                })
                .sorted(Comparator.comparingInt(RefusedLine::line))
                .toList();
    }

    /** The errors about the list itself (name, tier, currency, dates, the entries as a whole). */
    static List<UserError> listErrors(List<UserError> errors) {
        return errors.stream().filter(error -> entryIndex(error.field()).isEmpty()).toList();
    }

    /** A text that says what to fix on the line where the generic {@code userError.<CODE>} would not. */
    static String messageKey(UserError error) {
        List<String> field = error.field();
        String last = field == null || field.isEmpty() ? "" : field.getLast();
        return switch (last + "." + error.code()) {
            case "sku.NOT_FOUND" -> "priceListCsv.unknownSku";
            case "sku.DUPLICATE" -> "priceListCsv.duplicate";
            case "unitPrice.INVALID" -> "priceListCsv.price";
            default -> "userError." + error.code().name();
        };
    }
}
