package io.canale.order;

import static io.canale.support.SortedLists.all;
import static io.canale.support.SortedLists.by;
import static io.canale.support.SortedLists.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.SortKeys;
import io.canale.support.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The order list sorted by its main columns, with real tokens: the order, paging by cursor, another partner's orders never. */
class OrderSortTests extends IntegrationTestBase {

    static final String DEALER = "dealer@canale.demo";
    static final String OTHER_DEALER = "dealer2@canale.demo";
    static final String STAFF = "staff@canale.demo";
    static final List<String> SORTS = List.of("NUMBER_ASC", "NUMBER_DESC", "STATUS_ASC", "STATUS_DESC", "DEALER_ASC", "DEALER_DESC",
            "SUPPLIER_ASC", "SUPPLIER_DESC", "TOTAL_ASC", "TOTAL_DESC");
    static final String PAGE = "query($sort: OrderSort, $status: OrderStatus, $nextStep: OrderNextStep, $first: Int, $after: String) { "
            + "orders(first: $first, sort: $sort, status: $status, nextStep: $nextStep, after: $after) { edges { node { id number status "
            + "dealer { name } supplier { name } total { amount } audit { createdAt } } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    OrderSortKeysBackfill backfill;
    @Autowired
    OrderNumberBackfill numbering;

    List<String> submit(String login, List<String> skus, int quantity) {
        List<Map<String, Object>> lines = skus.stream().map(sku -> Map.<String, Object>of("sku", sku, "quantity", quantity)).toList();
        Map<String, Object> input = Map.of("lines", lines, "requestedDate", "2099-03-01", "deliveryAddress", Map.of("recipient",
                "Magazzino", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano", "country", "IT"));
        JsonNode orders = http.payload(tokenFor(login), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { "
                + "orders { id } userErrors { field code message } } }", Map.of("input", input)).path("orders");
        List<String> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.path("id").asString()));
        return ids;
    }

    /** Orders of both dealers, of both suppliers, of different totals. */
    List<String> someOrders() {
        List<String> ids = new ArrayList<>();
        ids.addAll(submit(DEALER, List.of("FRN-PAD-001", "BAT-12V-070"), 1));
        ids.addAll(submit(DEALER, List.of("FRN-PAD-001"), 7));
        ids.addAll(submit(OTHER_DEALER, List.of("BAT-12V-070"), 3));
        return ids;
    }

    List<JsonNode> orders(String login, String sort, int pageSize) {
        return all(http, tokenFor(login), PAGE, "orders", Map.of("sort", sort), pageSize);
    }

    static Comparator<JsonNode> promised(String sort) {
        boolean ascending = sort.endsWith("_ASC");
        return switch (sort.substring(0, sort.lastIndexOf('_'))) {
            case "NUMBER" -> by(order -> order.at("/number").asString(""), ascending);
            case "DEALER" -> by(order -> SortKeys.text(order.at("/dealer/name").asString()), ascending);
            case "SUPPLIER" -> by(order -> SortKeys.text(order.at("/supplier/name").asString()), ascending);
            case "TOTAL" -> by(order -> new BigDecimal(order.at("/total/amount").asString()), ascending);
            case "STATUS" -> {
                Comparator<JsonNode> status = Comparator.comparing(order -> order.at("/status").asString());
                yield (ascending ? status : status.reversed())
                        .thenComparing(Comparator.<JsonNode, java.time.Instant>comparing(
                                order -> java.time.Instant.parse(order.at("/audit/createdAt").asString())).reversed())
                        .thenComparing(order -> order.at("/id").asString());
            }
            default -> throw new IllegalArgumentException(sort);
        };
    }

    @Test
    void every_sort_orders_the_whole_list_by_its_column_and_breaks_ties_by_id() {
        someOrders();
        for (String sort : SORTS) {
            assertThat(orders(STAFF, sort, 100)).as(sort).hasSizeGreaterThan(3).isSortedAccordingTo(promised(sort));
            assertThat(orders(DEALER, sort, 100)).as(sort).hasSizeGreaterThan(2).isSortedAccordingTo(promised(sort));
        }
    }

    @Test
    void paging_through_the_cursor_gives_every_order_once_in_each_sort() {
        someOrders();
        for (String sort : SORTS) {
            List<String> whole = ids(orders(DEALER, sort, 100));
            assertThat(ids(orders(DEALER, sort, 7))).as(sort).doesNotHaveDuplicates().isEqualTo(whole);
            assertThat(ids(orders(STAFF, sort, 40))).as(sort).doesNotHaveDuplicates().isEqualTo(ids(orders(STAFF, sort, 100)));
        }
    }

    @Test
    void another_partners_orders_never_appear_in_any_sort_not_even_after_its_cursor() {
        List<String> dealers = submit(DEALER, List.of("FRN-PAD-001"), 2);
        for (String sort : SORTS) {
            assertThat(ids(orders(OTHER_DEALER, sort, 100))).as(sort).doesNotContainAnyElementsOf(dealers);
            assertThat(ids(orders("supplier2@canale.demo", sort, 100))).as(sort).doesNotContainAnyElementsOf(dealers);
            String cursor = http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", sort, "first", 1)).at("/data/orders/pageInfo/endCursor").asString();
            JsonNode after = http.graphql(tokenFor(OTHER_DEALER), PAGE, Map.of("sort", sort, "first", 100, "after", cursor)).at("/data/orders/edges");
            assertThat(after.findValuesAsString("id")).as(sort).doesNotContainAnyElementsOf(dealers);
        }
    }

    @Test
    void a_status_or_next_step_filter_combines_with_every_sort() {
        someOrders();
        for (String sort : SORTS) {
            for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("status", "SUBMITTED"), Map.of("nextStep", "AWAITING_ANSWER"))) {
                Map<String, Object> variables = new java.util.HashMap<>(filter);
                variables.put("sort", sort);
                for (String login : List.of(STAFF, DEALER, "supplier@canale.demo")) {
                    List<JsonNode> listed = all(http, tokenFor(login), PAGE, "orders", variables, 100);
                    assertThat(listed).as(login + " " + sort + " " + filter).isNotEmpty().isSortedAccordingTo(promised(sort))
                            .allMatch(order -> order.at("/status").asString().equals("SUBMITTED"));
                }
            }
        }
    }

    @Test
    void a_cursor_of_one_sort_is_refused_in_another_and_in_the_date_order() {
        someOrders();
        String cursor = http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", "TOTAL_ASC", "first", 1)).at("/data/orders/pageInfo/endCursor").asString();
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), PAGE, Map.of("sort", "TOTAL_DESC", "first", 1, "after", cursor));
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), PAGE, Map.of("first", 1, "after", cursor));
    }

    @Test
    void orders_stored_before_the_sort_keys_get_them_once_and_one_without_a_number_comes_first() {
        String id = submit(DEALER, List.of("FRN-PAD-001"), 1).getFirst();
        Query order = Query.query(Criteria.where("_id").is(id));
        mongo.updateFirst(order, new Update().unset("number").unset("sortNumber").unset("sortDealer").unset("sortSupplier")
                .unset("sortTotal"), "orders");
        long version = mongo.findOne(order, Order.class).version();
        try {
            backfill.atStart(); // done at this store's start: the marker skips it
            assertThat(mongo.findById(id, org.bson.Document.class, "orders")).as("not scanned again").doesNotContainKey("sortNumber");
            backfill.fillMissingSortKeys();
            backfill.fillMissingSortKeys();
            List<JsonNode> byNumber = orders(DEALER, "NUMBER_ASC", 100);
            int at = ids(byNumber).indexOf(id);
            assertThat(at).as("listed").isNotNegative();
            // Orders without a number come first (other tests' orders stored without one may come with it).
            assertThat(byNumber.subList(0, at + 1)).as("no number yet: first").allMatch(listed -> listed.path("number").isNull());
            assertThat(orders(DEALER, "SUPPLIER_ASC", 100)).isSortedAccordingTo(promised("SUPPLIER_ASC"));
            assertThat(orders(DEALER, "TOTAL_DESC", 100)).isSortedAccordingTo(promised("TOTAL_DESC"));
            assertThat(mongo.findOne(order, Order.class).version()).as("no new version").isEqualTo(version);
        } finally {
            backfill.fillMissingSortKeys();
            numbering.numberOldOrders();
        }
        assertThat(orders(DEALER, "NUMBER_ASC", 100)).as("numbered: by its number again").isSortedAccordingTo(promised("NUMBER_ASC"));
        assertThat(ids(orders(DEALER, "NUMBER_DESC", 100))).as("the newest number first").startsWith(id);
    }

    /** Renames a partner through the API, keeping the rest of its profile; answers the new version. */
    int rename(String partnerId, String name) {
        JsonNode partner = http.graphql(tokenFor(STAFF), "query($id: ID!) { partner(id: $id) { tier version territory { countries regions } "
                + "contacts { name email phone role } } }", Map.of("id", partnerId)).at("/data/partner");
        List<Map<String, Object>> contacts = new ArrayList<>();
        partner.at("/contacts").forEach(contact -> {
            Map<String, Object> input = new java.util.HashMap<>();
            contact.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    input.put(field.getKey(), field.getValue().asString());
                }
            });
            contacts.add(input);
        });
        List<String> countries = new ArrayList<>();
        partner.at("/territory/countries").forEach(country -> countries.add(country.asString()));
        List<String> regions = new ArrayList<>();
        partner.at("/territory/regions").forEach(region -> regions.add(region.asString()));
        return http.payload(tokenFor(STAFF), "mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { version } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("id", partnerId, "expectedVersion",
                        partner.at("/version").asInt(), "name", name, "tier", partner.at("/tier").asString(), "territory",
                        Map.of("countries", countries, "regions", regions), "contacts", contacts))).at("/partner/version").asInt();
    }

    @Test
    void orders_of_a_renamed_partner_sort_under_its_new_name() {
        String gallo = submit(DEALER, List.of("BAT-12V-070"), 1).getFirst();
        try {
            rename("ptn_gallo_ricambi", "Aaa Gallo");
            List<JsonNode> bySupplier = orders(DEALER, "SUPPLIER_ASC", 100);
            assertThat(bySupplier).isSortedAccordingTo(promised("SUPPLIER_ASC"));
            assertThat(bySupplier.getFirst().at("/supplier/name").asString()).isEqualTo("Aaa Gallo");
            assertThat(ids(bySupplier)).contains(gallo);
            assertThat(mongo.findById(gallo, org.bson.Document.class, "orders").getString("sortDealer")).as("the dealer kept").isEqualTo("rossi auto");
        } finally {
            rename("ptn_gallo_ricambi", "Gallo Ricambi");
        }
        assertThat(orders(DEALER, "SUPPLIER_ASC", 100)).isSortedAccordingTo(promised("SUPPLIER_ASC"));
        assertThat(mongo.findById(gallo, org.bson.Document.class, "orders").getString("sortSupplier")).isEqualTo("gallo ricambi");
    }
}
