package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The orders of the supplier's screen, with their lines and shipments, and the supplier's answer to one. */
@Component
class SupplierOrderApi {

    @SchemaType
    record ConfirmOrderInput(String id, int expectedVersion, List<LineAnswerInput> lines) {
    }

    /** A rejected line carries no promised date; a line confirmed in full no reason. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineAnswerInput(int line, int confirmedQuantity, LocalDate promisedDate, String reason) {
    }

    private final CanaleApi api;

    SupplierOrderApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of orders, newest first; a null next step does not narrow it. */
    Connection<Order> page(int first, String after, OrderNextStep nextStep, OrderSort sort) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nextStep", nextStep);
        variables.put("sort", sort);
        return api.page("order/supplierOrders", "orders", Order.class, first, after, variables);
    }

    /** The order as stored now, or null when it is no longer visible. */
    Order load(String id) {
        return api.execute("order/supplierOrder", Map.of("id", id), "order", Order.class);
    }

    OrderPayload confirm(SupplierAnswer answer) {
        return api.execute("order/confirmOrder", Map.of("input", answer.toInput()), "confirmOrder", OrderPayload.class);
    }
}
