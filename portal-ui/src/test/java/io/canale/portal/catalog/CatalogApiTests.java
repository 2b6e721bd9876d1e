package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.PartnerTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The catalog's calls send the API's typed filters and inputs and read products with what the caller may do. */
class CatalogApiTests {

    private final MockApi backend = MockApi.start();

    @Test
    void a_page_of_products_sends_only_the_filters_set_and_reads_each_products_actions() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.filter.search").value("brake pàd"))
                .andExpect(jsonPath("$.variables.filter", Matchers.not(Matchers.hasKey("productLine"))))
                .andExpect(jsonPath("$.variables.filter.active").value(true))
                .andRespond(MockApi.data("""
                        {"products": {"edges": [{"cursor": "c1", "node": {"sku": "FRN-PAD-001", "name": "Brake pads",
                          "productLine": "Ricambi", "unit": "SET", "active": true,
                          "supplier": {"id": "ptn_ferri", "name": "Ferri Componenti"},
                          "price": {"amount": "43.20", "currency": "EUR"},
                          "availability": {"band": "LOW", "available": null, "nextBatchQuantity": null,
                                           "nextBatchEta": "2027-03-01"},
                          "viewerCan": {"edit": false, "editDescription": true}}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<Product> page = new CatalogApi(backend.api()).page(20, null, CatalogApi.Filter.orderable(" brake pàd "));

        Product product = page.nodes().getFirst();
        assertThat(product.can()).isEqualTo(new Product.Actions(false, true));
        assertThat(product.availability().nextBatchEta()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(product.price().value()).isEqualByComparingTo("43.20");
        backend.verify();
    }

    @Test
    void suppliers_are_read_as_partners_and_offered_as_references() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.nameContains").value("Ferri"))
                .andRespond(MockApi.data("""
                        {"partners": {"edges": [{"cursor": "c1", "node": {"id": "ptn_ferri", "name": "Ferri Componenti"}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<PartnerRef> suppliers = new CatalogApi(backend.api()).suppliers(" Ferri ", 20, null);

        assertThat(suppliers.nodes()).containsExactly(new PartnerRef("ptn_ferri", "Ferri Componenti"));
    }

    @Test
    void a_price_list_travels_with_iso_dates_and_decimal_strings_and_an_open_end_left_out() {
        PriceListDraft draft = PriceListDraft.startingOn(LocalDate.of(2027, 1, 1));
        draft.setName("Listino Gold 2027");
        draft.setTier(PartnerTier.GOLD);
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.input.validFrom").value("2027-01-01"))
                .andExpect(jsonPath("$.variables.input", Matchers.not(Matchers.hasKey("validTo"))))
                .andExpect(jsonPath("$.variables.input.tier").value("GOLD"))
                .andExpect(jsonPath("$.variables.input.entries[0].unitPrice").value("42.50"))
                .andRespond(MockApi.data("""
                        {"createPriceList": {"priceList": {"id": "pl_1", "name": "Listino Gold 2027", "tier": "GOLD",
                          "currency": "EUR", "validFrom": "2027-01-01", "validTo": null, "entryCount": 1},
                          "userErrors": []}}
                        """));

        PriceListPayload payload = new PriceListApi(backend.api()).create(draft,
                List.of(new PriceEntryCsv.Entry(2, "FRN-PAD-001", new BigDecimal("42.50"))));

        assertThat(payload.priceList().validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(payload.priceList().entryCount()).isEqualTo(1);
        backend.verify();
    }
}
