package io.canale.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalog over HTTP: who sees which prices, who may change what, and per-entry errors. */
class CatalogTests extends IntegrationTestBase {

    static final String PAD = "query { product(sku: \"frn-pad-001\") { sku name names { it en } supplier { id name } price { amount currency } } }";

    @Test
    void a_dealer_sees_its_tiers_price_and_others_see_none() {
        JsonNode gold = http.graphql(tokenFor("dealer@canale.demo"), PAD).at("/data/product");
        assertThat(gold.path("sku").asString()).isEqualTo("FRN-PAD-001");
        assertThat(gold.path("name").asString()).isEqualTo("Front brake pads");
        assertThat(gold.at("/supplier/name").asString()).isEqualTo("Ferri Componenti");
        assertThat(gold.at("/price/amount").asString()).isEqualTo("43.20");
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), PAD).at("/data/product/price/amount").asString()).isEqualTo("45.60");
        for (String noPrice : List.of("supplier@canale.demo", "staff@canale.demo")) {
            JsonNode product = http.graphql(tokenFor(noPrice), PAD).at("/data/product");
            assertThat(product.path("sku").asString()).as(noPrice).isEqualTo("FRN-PAD-001");
            assertThat(product.path("price").isNull()).as(noPrice).isTrue();
        }
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), PAD);
    }

    @Test
    void products_are_looked_up_by_a_list_of_skus_in_one_request() {
        String query = "query($f: ProductFilter) { products(first: 100, filter: $f) { edges { node { sku price { amount } } } } }";
        JsonNode found = http.graphql(tokenFor("dealer@canale.demo"), query,
                Map.of("f", Map.of("skus", java.util.List.of("frn-pad-001", "BAT-12V-070", "NOPE-404")))).at("/data/products/edges");
        assertThat(found.findValuesAsString("sku")).containsExactly("BAT-12V-070", "FRN-PAD-001");
        JsonNode withPrefix = http.graphql(tokenFor("dealer@canale.demo"), query,
                Map.of("f", Map.of("skus", java.util.List.of("FRN-PAD-001", "BAT-12V-070"), "skuPrefix", "FRN"))).at("/data/products/edges");
        assertThat(withPrefix.findValuesAsString("sku")).containsExactly("FRN-PAD-001");
        java.util.List<String> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "SKU-" + i).toList();
        http.expectError("BAD_USER_INPUT", tokenFor("dealer@canale.demo"), query, Map.of("f", Map.of("skus", tooMany)));
    }

    @Test
    void price_lists_are_for_staff_and_the_dealers_of_their_tier() {
        String query = "{ priceLists { edges { node { name tier entryCount entries(skus: [\"FLT-OIL-010\"]) { unitPrice { amount } } } } } }";
        JsonNode dealer = http.graphql(tokenFor("dealer@canale.demo"), query).at("/data/priceLists/edges");
        assertThat(dealer.size()).isPositive();
        dealer.forEach(edge -> assertThat(edge.at("/node/tier").asString()).isEqualTo("GOLD"));
        assertThat(http.graphql(tokenFor("staff@canale.demo"), query).at("/data/priceLists/edges").size()).isGreaterThanOrEqualTo(4);
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), query);

        // One list by id: staff any, a dealer only its tier's (another tier's answers null, as if absent).
        JsonNode all = http.graphql(tokenFor("staff@canale.demo"), "{ priceLists(first: 100) { edges { node { id tier } } } }")
                .at("/data/priceLists/edges");
        assertThat(all.findValuesAsString("tier")).contains("GOLD").anyMatch(tier -> !tier.equals("GOLD"));
        String one = "query($id: ID!) { priceList(id: $id) { id tier } }";
        for (JsonNode edge : all) {
            String id = edge.at("/node/id").asString();
            boolean gold = edge.at("/node/tier").asString().equals("GOLD");
            assertThat(http.graphql(tokenFor("staff@canale.demo"), one, Map.of("id", id)).at("/data/priceList/id").asString()).isEqualTo(id);
            JsonNode seen = http.graphql(tokenFor("dealer@canale.demo"), one, Map.of("id", id)).at("/data/priceList");
            assertThat(seen.isNull()).as(edge.toString()).isEqualTo(!gold);
        }
    }

    @Test
    void staff_create_products_and_bad_input_is_refused_field_by_field() {
        String create = "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { sku version } userErrors { field code } } }";
        String sku = "TST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> good = Map.of("sku", sku.toLowerCase(), "names", Map.of("it", "Prova", "en", "Test"),
                "productLine", "Ricambi", "unit", "PIECE", "supplierId", "ptn_ferri_componenti");
        assertThat(http.graphql(tokenFor("staff@canale.demo"), create, Map.of("input", good)).at("/data/createProduct/product/sku").asString())
                .isEqualTo(sku);
        assertThat(http.graphql(tokenFor("staff@canale.demo"), create, Map.of("input", good)).at("/data/createProduct/userErrors/0/code").asString())
                .isEqualTo("DUPLICATE");
        JsonNode bad = http.graphql(tokenFor("staff@canale.demo"), create, Map.of("input", Map.of("sku", "a b", "names", Map.of(),
                "productLine", "", "unit", "KG", "supplierId", "ptn_ferri_componenti"))).at("/data/createProduct/userErrors");
        assertThat(bad.toString()).contains("[\"input\",\"sku\"]", "[\"input\",\"names\"]", "[\"input\",\"productLine\"]");
        JsonNode notSupplier = http.graphql(tokenFor("staff@canale.demo"), create, Map.of("input", Map.of("sku", sku + "-X",
                "names", Map.of("en", "X"), "productLine", "Ricambi", "unit", "KG", "supplierId", "ptn_rossi_auto")))
                .at("/data/createProduct/userErrors/0");
        assertThat(notSupplier.path("code").asString()).isEqualTo("NOT_FOUND");
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), create, Map.of("input", good));
    }

    @Test
    void a_supplier_describes_its_own_products_only() {
        String describe = "mutation($sku: String!, $v: Int!) { updateProductDescription(input: {sku: $sku, expectedVersion: $v, "
                + "descriptions: {it: \"Descrizione\", en: \"Description\"}}) { product { descriptions { en } version } userErrors { code } } }";
        int version = http.graphql(tokenFor("staff@canale.demo"), "{ product(sku: \"FLT-OIL-010\") { version } }").at("/data/product/version").asInt();
        JsonNode own = http.graphql(tokenFor("supplier@canale.demo"), describe, Map.of("sku", "FLT-OIL-010", "v", version))
                .at("/data/updateProductDescription/product");
        assertThat(own.at("/descriptions/en").asString()).isEqualTo("Description");
        http.expectError("FORBIDDEN", tokenFor("supplier2@canale.demo"), describe, Map.of("sku", "FRN-DSC-002", "v", 0));
    }

    @Test
    void a_price_list_with_bad_entries_reports_each_and_stores_nothing() {
        String create = "mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { priceList { id entryCount } userErrors { field code } } }";
        String name = "Listino " + UUID.randomUUID();
        JsonNode refused = http.graphql(tokenFor("staff@canale.demo"), create, Map.of("input", Map.of("name", name, "tier", "GOLD",
                "currency", "EUR", "validFrom", "2027-01-01", "validTo", "2026-12-31", "entries", List.of(
                        Map.of("sku", "FLT-OIL-010", "unitPrice", "10.00"), Map.of("sku", "NOPE-1", "unitPrice", "1"),
                        Map.of("sku", "flt-oil-010", "unitPrice", "11"), Map.of("sku", "BAT-12V-070", "unitPrice", "-3.001")))))
                .at("/data/createPriceList");
        assertThat(refused.path("priceList").isNull()).isTrue();
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"validTo\"]",
                "[\"input\",\"entries\",\"1\",\"sku\"]", "[\"input\",\"entries\",\"2\",\"sku\"]", "[\"input\",\"entries\",\"3\",\"unitPrice\"]");
        assertThat(priceListNames()).as("nothing stored").doesNotContain(name);
        JsonNode ok = http.payload(tokenFor("staff@canale.demo"), create, Map.of("input", Map.of("name", name, "tier", "GOLD",
                "currency", "EUR", "validFrom", "2027-01-01", "entries", List.of(Map.of("sku", "FLT-OIL-010", "unitPrice", "10.00")))))
                .path("priceList");
        assertThat(ok.path("entryCount").asInt()).isEqualTo(1);
        assertThat(priceListNames()).as("a valid list is stored").containsOnlyOnce(name);
    }

    private List<String> priceListNames() {
        return http.graphql(tokenFor("staff@canale.demo"), "{ priceLists(first: 100) { edges { node { name } } } }")
                .at("/data/priceLists/edges").findValuesAsString("name");
    }
}
