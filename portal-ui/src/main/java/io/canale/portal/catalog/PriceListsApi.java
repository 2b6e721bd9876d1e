package io.canale.portal.catalog;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The price-list queries and {@code createPriceList}. */
@Component
class PriceListsApi {

    private static final ParameterizedTypeReference<Connection<PriceList>> PAGE = new ParameterizedTypeReference<>() {
    };

    /** The API caps the SKUs of one lookup at 100. */
    static final int MAX_LOOKUP = 100;

    /** A list with the entries asked for. */
    record Listed(String id, List<PriceEntry> entries) {
    }

    private final CanaleApi api;

    PriceListsApi(CanaleApi api) {
        this.api = api;
    }

    /** A page, newest validity first; staff get all lists, a dealer its tier's. */
    Connection<PriceList> page(int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        return api.execute("priceLists", variables, "priceLists", PAGE);
    }

    /** The list's prices of the SKUs (its first 100 when none are given); empty when the list is no longer visible. */
    Optional<List<PriceEntry>> entries(PriceList list, List<String> skus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", list.id());
        variables.put("skus", skus.isEmpty() ? null : skus);
        return Optional.ofNullable(api.execute("priceListEntries", variables, "priceList", Listed.class)).map(Listed::entries);
    }

    PriceListPayload create(PriceListDraft draft, List<PriceEntryCsv.Entry> entries) {
        return api.execute("createPriceList", Map.of("input", draft.input(entries)), "createPriceList",
                PriceListPayload.class);
    }
}
