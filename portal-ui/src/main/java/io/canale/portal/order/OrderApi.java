package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.DateOrder;
import io.canale.portal.api.EndCustomerInput;
import io.canale.portal.api.SchemaType;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
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

    @SchemaType("ReorderAsDraftInput")
    record ReorderInput(String orderId) {
    }

    private final CanaleApi api;
    private final BackendFiles files;

    OrderApi(CanaleApi api, BackendFiles files) {
        this.api = api;
        this.files = files;
    }

    /** A page of orders, newest first; a null status does not narrow it. */
    Connection<Order> page(int first, String after, OrderStatus status) {
        return page(first, after, status, DateOrder.NEWEST_FIRST, null);
    }

    /** A page of orders in the given order by date submitted; a null status or number does not narrow it. */
    Connection<Order> page(int first, String after, OrderStatus status, DateOrder order, String number) {
        return page(first, after, status, order, null, number);
    }

    /** The same by a column when {@code sort} is given (the API then ignores the date order). */
    Connection<Order> page(int first, String after, OrderStatus status, DateOrder order, OrderSort sort, String number) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        variables.put("order", order);
        variables.put("sort", sort);
        variables.put("number", number == null || number.isBlank() ? null : number.strip());
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

    /** A new draft with the order's lines; lines no longer orderable are answered, not copied. */
    ReorderPayload reorder(Order order) {
        return api.mutate("order/reorderAsDraft", new ReorderInput(order.id()), ReorderPayload.class);
    }

    /**
     * Streams the order confirmation (the backend's {@code GET /orders/{id}/confirmation.pdf}) to {@code out} with the
     * signed-in user's token, dates and amounts in {@code locale}: the browser has no token, so the portal fetches it.
     */
    void copyConfirmation(String orderId, Locale locale, OutputStream out) {
        files.copy("/orders/{orderId}/confirmation.pdf", MediaType.ALL, locale, out, orderId);
    }

    OrderPayload cancel(Order order, String reason) {
        CancelOrderInput input = new CancelOrderInput(order.id(), order.version(), reason.trim());
        return api.execute("order/cancelOrder", Map.of("input", input), "cancelOrder", OrderPayload.class);
    }
}
