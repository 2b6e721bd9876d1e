package io.canale.portal.order;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The order operations of the API, one GraphQL document each. Mutations on one order answer only its id,
 * status and version: views reload the order's detail with {@link #load(String)}.
 */
@Component
class OrdersApi {

    private static final ParameterizedTypeReference<Connection<Order>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    OrdersApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of orders, newest first; a null status does not narrow it. */
    Connection<Order> page(int first, String after, OrderStatus status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("status", status == null ? null : status.name());
        return api.execute("orders", variables, "orders", PAGE);
    }

    /** The order with lines, shipments and timeline, or null when it does not exist or is not visible. */
    Order load(String id) {
        return api.execute("order", Map.of("id", id), "order", Order.class);
    }

    /** Submits a {@code SubmitOrderInput}; a repeated idempotency key answers the original orders. */
    SubmitOrderPayload submit(Map<String, Object> input) {
        return api.execute("submitOrder", Map.of("input", input), "submitOrder", SubmitOrderPayload.class);
    }

    OrderPayload cancel(Order order, String reason) {
        Map<String, Object> input = versioned(order);
        input.put("reason", reason.trim());
        return mutate("cancelOrder", input);
    }

    /** Runs a mutation on one order whose document is named like the mutation and answers an {@code OrderPayload}. */
    OrderPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, OrderPayload.class);
    }

    /** The {@code id} and {@code expectedVersion} every change of an order starts from. */
    static Map<String, Object> versioned(Order order) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", order.id());
        input.put("expectedVersion", order.version());
        return input;
    }
}
