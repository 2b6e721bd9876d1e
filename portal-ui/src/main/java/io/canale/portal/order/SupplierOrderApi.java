package io.canale.portal.order;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The order operations of the supplier's screen, one GraphQL document each. */
@Component
class SupplierOrdersApi {

    private static final ParameterizedTypeReference<Connection<SupplierOrder>> PAGE =
            new ParameterizedTypeReference<>() {
            };

    private final CanaleApi api;

    SupplierOrdersApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of orders, newest first; a null status does not narrow it. */
    Connection<SupplierOrder> page(int first, String after, OrderStatus status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("status", status == null ? null : status.name());
        return api.execute("supplierOrders", variables, "orders", PAGE);
    }

    /** The order as stored now, or null when it is no longer visible. */
    SupplierOrder load(String id) {
        return api.execute("supplierOrder", Map.of("id", id), "order", SupplierOrder.class);
    }

    SupplierOrderPayload answer(SupplierAnswer answer) {
        return api.execute("supplierConfirmOrder", Map.of("input", answer.toInput()), "confirmOrder",
                SupplierOrderPayload.class);
    }

    SupplierOrderPayload ship(SupplierOrder order, String carrierId, int packages) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("orderId", order.id());
        input.put("expectedVersion", order.version());
        input.put("carrierId", carrierId);
        input.put("packages", packages);
        return api.execute("supplierCreateShipment", Map.of("input", input), "createShipment",
                SupplierOrderPayload.class);
    }
}
