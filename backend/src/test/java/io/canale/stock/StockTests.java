package io.canale.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stock feeds per item, and availability bands versus exact quantities per reader. */
class StockTests extends IntegrationTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    static final String PUBLISH = "mutation($items: [StockItemInput!]!) { publishStock(input: {items: $items}) { applied userErrors { field code } } }";
    static final String AVAILABILITY = "query($sku: String!) { product(sku: $sku) { availability { band available nextBatchQuantity nextBatchEta } } }";

    @Test
    void valid_items_are_applied_and_each_refused_item_says_why() {
        JsonNode result = http.graphql(tokenFor("supplier-system"), PUBLISH, Map.of("items", List.of(
                Map.of("sku", "frn-dsc-002", "available", 4, "nextBatchQuantity", 50, "nextBatchEta", "2099-03-01"),
                Map.of("sku", "BAT-12V-070", "available", 10),
                Map.of("sku", "FLT-OIL-010", "available", -1),
                Map.of("sku", "FRN-PAD-001", "available", 5, "nextBatchQuantity", 10)))).at("/data/publishStock");
        assertThat(result.path("applied").asInt()).isEqualTo(1);
        assertThat(result.path("userErrors").toString()).contains("[\"input\",\"items\",\"1\",\"sku\"]", "NOT_FOUND",
                "[\"input\",\"items\",\"2\",\"available\"]", "[\"input\",\"items\",\"3\",\"nextBatchEta\"]");
        JsonNode exact = http.graphql(tokenFor("supplier@canale.demo"), AVAILABILITY, Map.of("sku", "FRN-DSC-002")).at("/data/product/availability");
        assertThat(exact.path("available").asInt()).isEqualTo(4);
        assertThat(exact.path("band").asString()).isEqualTo("LOW");
    }

    @Test
    void a_feed_replaces_each_level_by_the_stamp_it_read_and_reports_what_it_applied() {
        String supplier = tokenFor("supplier-system");
        Map<String, Object> first = Map.of("items", List.of(Map.of("sku", "FRN-DSC-002", "available", 7)));
        assertThat(http.graphql(supplier, PUBLISH, first).at("/data/publishStock/applied").asInt()).isEqualTo(1);
        List<String> sent = io.canale.support.SentCommands.during(() -> assertThat(http.graphql(supplier, PUBLISH,
                Map.of("items", List.of(Map.of("sku", "FRN-DSC-002", "available", 8)))).at("/data/publishStock/applied").asInt())
                .isEqualTo(1));
        // On the embedded store only a filter naming exactly an index's fields is served by it: anything more (_id and
        // version) scans every level, once per item of a 10,000-item feed.
        assertThat(sent).filteredOn(command -> command.startsWith("update stock_levels where"))
                .isNotEmpty().allMatch(command -> command.equals("update stock_levels where revision")
                        || command.equals("update stock_levels where _id"));
        assertThat(sent).contains("update stock_levels where revision");
        JsonNode exact = http.graphql(tokenFor("supplier@canale.demo"), AVAILABILITY, Map.of("sku", "FRN-DSC-002")).at("/data/product/availability");
        assertThat(exact.path("available").asInt()).isEqualTo(8);
    }

    @Test
    void a_large_feed_reads_its_products_in_lists_of_at_most_500_skus_and_still_answers_each_item() {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            items.add(Map.of("sku", String.format("NOPE-%05d", i), "available", 1));
        }
        items.add(Map.of("sku", "FRN-DSC-002", "available", 9));
        List<String> sent = io.canale.support.SentCommands.during(() -> {
            JsonNode result = http.graphql(tokenFor("supplier-system"), PUBLISH, Map.of("items", items)).at("/data/publishStock");
            assertThat(result.path("applied").asInt()).isEqualTo(1);
            assertThat(result.path("userErrors")).hasSize(1_200);
            assertThat(result.at("/userErrors/1199/field").toString()).isEqualTo("[\"input\",\"items\",\"1199\",\"sku\"]");
            assertThat(result.at("/userErrors/1199/code").asString()).isEqualTo("NOT_FOUND");
        });
        // The embedded store matches each document an $in finds against the whole list again: n² for one big list.
        assertThat(sent).filteredOn(command -> command.startsWith("find products _id $in "))
                .containsExactly("find products _id $in 500", "find products _id $in 500", "find products _id $in 201");
    }

    @Test
    void dealers_see_the_band_and_eta_but_not_quantities() {
        JsonNode dealer = http.graphql(tokenFor("dealer@canale.demo"), AVAILABILITY, Map.of("sku", "TYR-205-55")).at("/data/product/availability");
        assertThat(dealer.path("band").asString()).isIn("LOW", "IN_STOCK", "OUT");
        assertThat(dealer.path("available").isNull()).isTrue();
        assertThat(dealer.path("nextBatchQuantity").isNull()).isTrue();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        assertThat(java.time.LocalDate.parse(dealer.path("nextBatchEta").asString()))
                .as("the demo's next batch arrives within months, not in a far-off year").isBetween(today, today.plusMonths(3));
        JsonNode otherSupplier = http.graphql(tokenFor("supplier@canale.demo"), AVAILABILITY, Map.of("sku", "TYR-205-55"))
                .at("/data/product/availability");
        assertThat(otherSupplier.path("band").asString()).isEqualTo(dealer.path("band").asString());
        assertThat(otherSupplier.path("available").isNull()).as("another supplier's quantities stay hidden").isTrue();
        for (String exact : List.of("staff@canale.demo", "supplier2@canale.demo")) {
            JsonNode quantities = http.graphql(tokenFor(exact), AVAILABILITY, Map.of("sku", "TYR-205-55")).at("/data/product/availability");
            assertThat(quantities.path("available").isNumber()).as(exact).isTrue();
            assertThat(quantities.path("nextBatchQuantity").isNumber()).as(exact).isTrue();
        }
    }

    @Test
    void demand_comes_from_open_orders_and_names_dealers_to_staff_only() {
        String nextWeek = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7).toString();
        http.payload(tokenFor("dealer@canale.demo"), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { "
                + "orders { id } userErrors { code } } }", Map.of("input", Map.of("lines", List.of(Map.of("sku", "LMP-LED-H7", "quantity", 900)),
                "requestedDate", nextWeek, "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1",
                        "postalCode", "20100", "city", "Milano", "country", "IT"))));
        String query = "{ demand(weeks: 3) { sku week quantity dealers { dealer { name } quantity } } lowStockAlerts(weeks: 3) { sku available demand shortfall } }";
        JsonNode supplier = http.graphql(tokenFor("supplier2@canale.demo"), query).at("/data");
        assertThat(supplier.path("demand").toString()).contains("LMP-LED-H7").doesNotContain("Rossi");
        assertThat(supplier.path("lowStockAlerts").toString()).contains("LMP-LED-H7");
        JsonNode staff = http.graphql(tokenFor("staff@canale.demo"), query).at("/data");
        assertThat(staff.path("demand").toString()).contains("Rossi Auto");
        JsonNode otherSupplier = http.graphql(tokenFor("supplier@canale.demo"), query).at("/data");
        assertThat(otherSupplier.path("demand").toString()).doesNotContain("LMP-LED-H7");
        http.expectError("FORBIDDEN", tokenFor("dealer@canale.demo"), "{ demand { sku } }");
    }

    @Test
    void only_suppliers_publish_and_feeds_are_bounded() {
        http.expectError("FORBIDDEN", tokenFor("dealer-system"), PUBLISH, Map.of("items", List.of(Map.of("sku", "FRN-PAD-001", "available", 1))));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            tooMany.add(Map.of("sku", "FRN-PAD-001", "available", 1));
        }
        JsonNode result = http.graphql(tokenFor("supplier-system"), PUBLISH, Map.of("items", tooMany)).at("/data/publishStock");
        assertThat(result.at("/userErrors/0/code").asString()).isEqualTo("TOO_MANY");
        assertThat(result.path("applied").asInt()).isZero();
    }
}
