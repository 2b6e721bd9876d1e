package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.catalog.Product;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The order and catalog texts the views build from values at run time exist in both languages. */
class OrderMessagesTests {

    @Test
    void every_computed_key_has_a_text_in_both_languages() {
        List<String> fields = List.of("lines", "lines.0.sku", "lines.0.quantity", "requestedDate", "deliveryAddress.city");
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            Stream.of(
                    Arrays.stream(OrderStatus.values()).map(status -> "orderStatus." + status),
                    Arrays.stream(Shipment.Status.values()).map(status -> "shipmentStatus." + status),
                    Arrays.stream(ShipmentEventType.values()).map(type -> "shipmentEvent." + type),
                    Arrays.stream(Product.Unit.values()).map(unit -> "productUnit." + unit),
                    Arrays.stream(Product.Band.values()).map(band -> "availability." + band),
                    fields.stream().flatMap(field -> Arrays.stream(UserErrorCode.values()).map(code ->
                            OrderErrors.messageKey(new UserError(List.of(("input." + field).split("\\.")), code, "")))))
                    .flatMap(keys -> keys)
                    .forEach(key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue());
        }
    }
}
