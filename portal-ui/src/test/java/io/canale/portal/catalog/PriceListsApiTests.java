package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Connection;
import io.canale.portal.api.PartnerTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListsApiTests {

    private static Connection.Edge<PriceList> edge(String cursor, String id) {
        return new Connection.Edge<>(cursor, new PriceList(id, id, PartnerTier.GOLD, "EUR", "2027-01-01", null, 1, null));
    }

    @Test
    void everyListRemembersTheCursorItFollows() {
        Connection<PriceList> page = new Connection<>(List.of(edge("c1", "pl_a"), edge("c2", "pl_b")),
                new Connection.PageInfo(true, "c2"));

        assertThat(PriceListsApi.withPositions(page, null).nodes()).extracting(PriceList::after).containsExactly(null, "c1");
        assertThat(PriceListsApi.withPositions(page, "c0").nodes()).extracting(PriceList::after).containsExactly("c0", "c1");
        assertThat(PriceListsApi.withPositions(page, "c0").pageInfo().endCursor()).isEqualTo("c2");
    }
}
