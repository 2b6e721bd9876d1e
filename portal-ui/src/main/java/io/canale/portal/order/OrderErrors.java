package io.canale.portal.order;

import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.util.List;
import java.util.Map;

/**
 * Where order entry shows a refused submission's problems, and in which words. The API (and
 * {@link OrderForm#check}) name line problems by the line's position in the input, which is the position
 * of the row on the form: every row is submitted.
 */
final class OrderErrors {

    /** The two fields of one row of the form. */
    record LineFields<T>(T sku, T quantity) {
    }

    private OrderErrors() {
    }

    /**
     * @param formFields the form's fields by input path, e.g. {@code deliveryAddress.city}
     * @param lines the rows' fields, in form order
     */
    static <T> FieldPaths<T> paths(Map<String, T> formFields, List<LineFields<T>> lines) {
        FieldPaths<T> paths = new FieldPaths<>();
        formFields.forEach(paths::bind);
        for (int i = 0; i < lines.size(); i++) {
            // A problem with the line as a whole (e.g. no price) belongs to its product.
            paths.bind("lines." + i, lines.get(i).sku())
                    .bind("lines." + i + ".sku", lines.get(i).sku())
                    .bind("lines." + i + ".quantity", lines.get(i).quantity());
        }
        return paths;
    }

    /**
     * The message for an error: an order-specific text where the generic one would not say what to do
     * (a quantity out of range, a SKU without a price), else {@code userError.<CODE>}.
     */
    static String messageKey(UserError error) {
        List<String> field = error.field();
        String last = field == null || field.isEmpty() ? "" : field.getLast();
        String specific = switch (last + "." + error.code()) {
            case "quantity.INVALID" -> "order.error.quantity";
            case "sku.DUPLICATE" -> "order.error.duplicateSku";
            case "sku.NOT_ALLOWED" -> "order.error.noPrice";
            case "sku.ILLEGAL_STATE" -> "order.error.inactive";
            case "requestedDate.INVALID" -> "validation.notPast";
            case "lines.REQUIRED" -> "order.error.noLines";
            case "lines.TOO_MANY" -> "order.error.tooManyLines";
            default -> null;
        };
        return specific != null ? specific : "userError." + error.code().name();
    }
}
