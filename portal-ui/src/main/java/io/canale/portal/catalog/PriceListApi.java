package io.canale.portal.catalog;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The price lists' calls to the API: the list, one list's prices, {@code createPriceList}. */
@Component
class PriceListApi {

    /** The API caps the SKUs of one lookup at 100. */
    static final int MAX_LOOKUP = 100;

    private final CanaleApi api;

    PriceListApi(CanaleApi api) {
        this.api = api;
    }

    /** A page, newest validity first; staff get all lists, a dealer its tier's. */
    Connection<PriceList> page(int first, String after) {
        return api.page("catalog/priceLists", "priceLists", PriceList.class, first, after, Map.of());
    }

    /** The list's prices of the SKUs (its first 100 when none are given); empty when the list is no longer visible. */
    Optional<List<PriceEntry>> entries(PriceList list, List<String> skus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", list.id());
        variables.put("skus", skus.isEmpty() ? null : skus);
        return Optional.ofNullable(api.execute("catalog/priceList", variables, "priceList", PriceList.class))
                .map(PriceList::entries);
    }

    PriceListPayload create(PriceListDraft draft, List<PriceEntryCsv.Entry> entries) {
        return api.mutate("catalog/createPriceList", draft.input(entries), PriceListPayload.class);
    }
}
