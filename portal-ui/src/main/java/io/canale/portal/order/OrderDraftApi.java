package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.EndCustomerInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The order-draft operations of the API: a dealer's orders saved before submission. */
@Component
class OrderDraftApi {

    /** Without an id a new draft; with id and version the draft's new content. What is not known yet is left out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SaveOrderDraftInput(String id, Integer expectedVersion, List<OrderDraftLineInput> lines,
            LocalDate requestedDate, DraftDeliveryAddressInput deliveryAddress, EndCustomerInput endCustomer) {
    }

    @SchemaType
    record OrderDraftLineInput(String sku, int quantity) {
    }

    /** As far as known while drafting. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DraftDeliveryAddressInput(String recipient, String street, String postalCode, String city, String country) {
    }

    @SchemaType
    record OrderDraftVersionInput(String id, int expectedVersion) {
    }

    private final CanaleApi api;

    OrderDraftApi(CanaleApi api) {
        this.api = api;
    }

    /** Open drafts, newest first. */
    Connection<OrderDraft> page(int first, String after) {
        return api.page("order/orderDrafts", "orderDrafts", OrderDraft.class, first, after, Map.of());
    }

    /** The draft with its details, or null when it does not exist or is not the caller's. */
    OrderDraft load(String id) {
        return api.execute("order/orderDraft", Map.of("id", id), "orderDraft", OrderDraft.class);
    }

    OrderDraftPayload save(SaveOrderDraftInput input) {
        return api.execute("order/saveOrderDraft", Map.of("input", input), "saveOrderDraft", OrderDraftPayload.class);
    }

    /** The draft's id is the submission's idempotency key. */
    SubmitOrderPayload submit(String id, int version) {
        return api.execute("order/submitOrderDraft", Map.of("input", new OrderDraftVersionInput(id, version)),
                "submitOrderDraft", SubmitOrderPayload.class);
    }

    DeleteOrderDraftPayload delete(OrderDraft draft) {
        return api.execute("order/deleteOrderDraft", Map.of("input", new OrderDraftVersionInput(draft.id(), draft.version())),
                "deleteOrderDraft", DeleteOrderDraftPayload.class);
    }
}
