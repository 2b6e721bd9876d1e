package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderErrorsTests {

    private final FieldPaths<String> paths = OrderErrors.paths(
            Map.of("deliveryAddress.city", "city", "requestedDate", "date"),
            List.of(new OrderErrors.LineFields<>("sku0", "quantity0"), new OrderErrors.LineFields<>("sku1", "quantity1")));

    private static List<String> path(String dotted) {
        return List.of(dotted.split("\\."));
    }

    @Test
    void line_errors_land_on_the_fields_of_their_row() {
        assertThat(paths.resolve(path("input.lines.1.quantity"))).contains("quantity1");
        assertThat(paths.resolve(path("input.lines.0.sku"))).contains("sku0");
    }

    @Test
    void an_error_about_a_whole_line_lands_on_its_product() {
        assertThat(paths.resolve(path("input.lines.1"))).contains("sku1");
    }

    @Test
    void form_errors_land_on_their_fields_and_the_rest_on_no_field() {
        assertThat(paths.resolve(path("input.deliveryAddress.city"))).contains("city");
        assertThat(paths.resolve(path("input.lines"))).isEmpty();
        assertThat(paths.resolve(path("input.lines.2.sku"))).isEmpty();
        assertThat(paths.resolve(path("input.idempotencyKey"))).isEmpty();
    }

    @Test
    void order_specific_messages_say_what_to_do() {
        assertThat(OrderErrors.messageKey(error("input.lines.0.quantity", UserErrorCode.INVALID))).isEqualTo("order.error.quantity");
        assertThat(OrderErrors.messageKey(error("input.lines.3.sku", UserErrorCode.NOT_ALLOWED))).isEqualTo("order.error.noPrice");
        assertThat(OrderErrors.messageKey(error("input.lines", UserErrorCode.REQUIRED))).isEqualTo("order.error.noLines");
        assertThat(OrderErrors.messageKey(error("input.deliveryAddress.city", UserErrorCode.TOO_LONG)))
                .isEqualTo("userError.TOO_LONG");
        assertThat(OrderErrors.messageKey(new UserError(null, UserErrorCode.INVALID, "whole input"))).isEqualTo("userError.INVALID");
    }

    private static UserError error(String path, UserErrorCode code) {
        return new UserError(path(path), code, "");
    }
}
