package io.canale.portal.change;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A record's history (the document {@code graphql-documents/change/history.graphql}). */
@Component
class HistoryApi {

    /** How many changes one request asks for (the API allows 100). */
    static final int PAGE_SIZE = 50;

    private final CanaleApi api;

    HistoryApi(CanaleApi api) {
        this.api = api;
    }

    /** One page, oldest first; null when the reader may see none of the record's history ({@code NOT_FOUND}). */
    Connection<Change> page(String recordId, String after) {
        try {
            return api.page("change/history", "history", Change.class, PAGE_SIZE, after, Map.of("recordId", recordId));
        } catch (ApiException ex) {
            if ("NOT_FOUND".equals(ex.code())) {
                return null;
            }
            throw ex;
        }
    }
}
