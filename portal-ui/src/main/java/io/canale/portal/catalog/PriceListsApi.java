package io.canale.portal.catalog;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.ArrayList;
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
    private static final ParameterizedTypeReference<Connection<Listed>> ONE = new ParameterizedTypeReference<>() {
    };

    /** The API caps the SKUs of one lookup at 100. */
    static final int MAX_LOOKUP = 100;

    /** A list found at a position, with the entries asked for. */
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
        return withPositions(api.execute("priceLists", variables, "priceLists", PAGE), after);
    }

    /** Remembers on every list the cursor it follows, so its entries can be found again. */
    static Connection<PriceList> withPositions(Connection<PriceList> page, String after) {
        List<Connection.Edge<PriceList>> edges = new ArrayList<>();
        String previous = after;
        for (Connection.Edge<PriceList> edge : page.edges()) {
            edges.add(new Connection.Edge<>(edge.cursor(), edge.node().startingAfter(previous)));
            previous = edge.cursor();
        }
        return new Connection<>(edges, page.pageInfo());
    }

    /**
     * The list's prices of the SKUs (its first 100 when none are given); empty when another list now stands
     * at its position (one published meanwhile): the list must be reloaded.
     */
    Optional<List<PriceEntry>> entries(PriceList list, List<String> skus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", list.after());
        variables.put("skus", skus.isEmpty() ? null : skus);
        Connection<Listed> found = api.execute("priceListEntries", variables, "priceLists", ONE);
        return found.nodes().stream().filter(listed -> listed.id().equals(list.id())).findFirst().map(Listed::entries);
    }

    PriceListPayload create(PriceListDraft draft, List<PriceEntryCsv.Entry> entries) {
        return api.execute("createPriceList", Map.of("input", draft.input(entries)), "createPriceList",
                PriceListPayload.class);
    }
}
