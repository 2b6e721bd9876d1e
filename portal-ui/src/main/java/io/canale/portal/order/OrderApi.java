package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.DateOrder;
import io.canale.portal.api.EndCustomerInput;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The order operations of the API (documents under {@code graphql-documents/order/}): the list, one order,
 * submission and cancellation. Mutations on one order answer only its id, status and version: views reload the
 * order's detail with {@link #load(String)}.
 */
@Component
class OrderApi {

    /** Without an end customer the order is the dealer's own. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubmitOrderInput(List<OrderLineInput> lines, LocalDate requestedDate, DeliveryAddressInput deliveryAddress,
            EndCustomerInput endCustomer, String idempotencyKey) {
    }

    @SchemaType
    record OrderLineInput(String sku, int quantity) {
    }

    @SchemaType
    record DeliveryAddressInput(String recipient, String street, String postalCode, String city, String country) {
    }

    @SchemaType
    record CancelOrderInput(String id, int expectedVersion, String reason) {
    }

    private final CanaleApi api;

    OrderApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of orders, newest first; a null status does not narrow it. */
    Connection<Order> page(int first, String after, OrderStatus status) {
        return page(first, after, status, DateOrder.NEWEST_FIRST);
    }

    /** A page of orders in the given order by date submitted; a null status does not narrow it. */
    Connection<Order> page(int first, String after, OrderStatus status, DateOrder order) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        variables.put("order", order);
        return api.page("order/orders", "orders", Order.class, first, after, variables);
    }

    /** The order with lines, shipments and timeline, or null when it does not exist or is not visible. */
    Order load(String id) {
        return api.execute("order/order", Map.of("id", id), "order", Order.class);
    }

    /** A repeated idempotency key answers the original orders. */
    SubmitOrderPayload submit(SubmitOrderInput input) {
        return api.execute("order/submitOrder", Map.of("input", input), "submitOrder", SubmitOrderPayload.class);
    }

    OrderPayload cancel(Order order, String reason) {
        CancelOrderInput input = new CancelOrderInput(order.id(), order.version(), reason.trim());
        return api.execute("order/cancelOrder", Map.of("input", input), "cancelOrder", OrderPayload.class);
    }
}
