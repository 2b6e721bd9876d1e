package io.canale.portal.order;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The order-draft operations of the API: a dealer's orders saved before submission. */
@Component
class OrderDraftsApi {

    private static final ParameterizedTypeReference<Connection<SavedDraft>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    OrderDraftsApi(CanaleApi api) {
        this.api = api;
    }

    /** Open drafts, newest first. */
    Connection<SavedDraft> page(int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        return api.execute("orderDrafts", variables, "orderDrafts", PAGE);
    }

    /** The draft with its details, or null when it does not exist or is not the caller's. */
    SavedDraft load(String id) {
        return api.execute("orderDraft", Map.of("id", id), "orderDraft", SavedDraft.class);
    }

    /** Creates a draft (no {@code id} in the input) or replaces its content ({@code id}, {@code expectedVersion}). */
    SavedDraft.SavePayload save(Map<String, Object> input) {
        return api.execute("saveOrderDraft", Map.of("input", input), "saveOrderDraft", SavedDraft.SavePayload.class);
    }

    SubmitOrderPayload submit(String id, int version) {
        return api.execute("submitOrderDraft", Map.of("input", Map.of("id", id, "expectedVersion", version)),
                "submitOrderDraft", SubmitOrderPayload.class);
    }

    SavedDraft.DeletePayload delete(SavedDraft draft) {
        return api.execute("deleteOrderDraft", Map.of("input", Map.of("id", draft.id(), "expectedVersion", draft.version())),
                "deleteOrderDraft", SavedDraft.DeletePayload.class);
    }
}
