package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Human-readable order numbers: per year and sequence, unique under concurrent submissions, searchable, backfilled. */
class OrderNumberTests extends IntegrationTestBase {

    private static final String SUBMIT = "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id number "
            + "supplier { id } } userErrors { field code message } } }";
    private static final String BY_NUMBER = "query($n: String) { orders(first: 10, number: $n) { edges { node { id number } } } }";

    @Autowired
    OrderNumbers numbers;
    @Autowired
    OrderNumberBackfill backfill;
    @Autowired
    MongoOperations mongo;
    @Autowired
    io.canale.shared.mongo.Backfills backfills;

    @Test
    void a_submission_numbers_each_suppliers_order_with_the_year_and_a_sequence() {
        JsonNode orders = submit("dealer@canale.demo", "FRN-PAD-001", "BAT-12V-070");
        assertThat(orders.size()).isEqualTo(2);
        String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        List<String> numbered = orders.findValuesAsString("number");
        assertThat(numbered).allMatch(number -> number.matches(year + "-\\d{6}")).doesNotHaveDuplicates();
    }

    @Test
    void a_split_submission_reads_its_products_and_draws_its_numbers_once() {
        String token = tokenFor("dealer@canale.demo");
        submitWith(token, List.of("FRN-PAD-001")); // the dealer's address is remembered now
        List<String> sent = io.canale.support.SentCommands.during(() -> assertThat(submitWith(token,
                List.of("FRN-PAD-001", "BAT-12V-070")).size()).isEqualTo(2));
        // Each order is written on its own (a crash between them is what the stored plan repairs), the rest once.
        assertThat(sent).as("commands of one submission of two suppliers' orders")
                .containsOnlyOnce("findAndModify order_numbers", "find products", "insert order_plans")
                .doesNotContain("update delivery_address_books");
        assertThat(sent).filteredOn("insert orders"::equals).hasSize(2);
        List<String> drawn = numbers.next(Instant.now(), 3);
        assertThat(drawn).hasSize(3).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void numbers_stay_unique_when_two_nodes_submit_at_once() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (String dealer : List.of("dealer@canale.demo", "dealer2@canale.demo")) {
                String token = tokenFor(dealer);
                work.add(() -> {
                    List<String> drawn = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        drawn.addAll(submitWith(token, List.of("FRN-PAD-001")).findValuesAsString("number"));
                        drawn.add(numbers.next(Instant.now())); // the counter as a second node draws from it directly
                    }
                    return drawn;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> drawn : nodes.invokeAll(work)) {
                all.addAll(drawn.get());
            }
            assertThat(all).hasSize(32).doesNotHaveDuplicates().allMatch(number -> number.matches("\\d{4}-\\d{6}"));
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void orders_are_found_by_their_number_only_by_those_who_may_read_them() {
        JsonNode order = submit("dealer@canale.demo", "FRN-PAD-001").get(0);
        String number = order.path("number").asString();
        String id = order.path("id").asString();
        JsonNode mine = http.graphql(tokenFor("dealer@canale.demo"), BY_NUMBER, Map.of("n", number)).at("/data/orders/edges");
        assertThat(mine.findValuesAsString("id")).containsExactly(id);
        String shortForm = number.substring(0, 5) + Integer.parseInt(number.substring(5)); // 2026-000123 → 2026-123
        assertThat(http.graphql(tokenFor("supplier@canale.demo"), BY_NUMBER, Map.of("n", shortForm)).at("/data/orders/edges")
                .findValuesAsString("id")).containsExactly(id);
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), BY_NUMBER, Map.of("n", number)).at("/data/orders/edges").size()).isZero();
        assertThat(http.graphql(tokenFor("staff@canale.demo"), BY_NUMBER, Map.of("n", "no number")).at("/data/orders/edges").size()).isZero();
    }

    @Test
    void orders_stored_before_numbers_get_one_at_start_and_keep_it_when_the_backfill_runs_again() {
        String id = submit("dealer@canale.demo", "FRN-PAD-001").get(0).path("id").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("number"), "orders");
        assertThat(numberOf(id)).isNull();

        backfill.numberOldOrders();
        String given = numberOf(id);
        assertThat(given).matches("\\d{4}-\\d{6}");
        backfill.numberOldOrders();
        assertThat(numberOf(id)).isEqualTo(given);
        assertThat(mongo.count(Query.query(Criteria.where("number").exists(false)), "orders")).isZero();
    }

    @Test
    void once_a_start_found_every_order_numbered_later_starts_skip_the_scan() {
        backfill.numberOldOrders();
        mongo.remove(Query.query(Criteria.where("_id").is("order-numbers")), "backfills");
        backfill.onStart();
        assertThat(backfills.done("order-numbers")).isTrue();

        String id = submit("dealer@canale.demo", "FRN-PAD-001").get(0).path("id").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("number"), "orders");
        try {
            backfill.onStart();
            assertThat(numberOf(id)).as("not looked for again").isNull();
        } finally {
            backfill.numberOldOrders();
        }
        assertThat(numberOf(id)).isNotNull();
    }

    @Test
    void typed_numbers_are_read_with_or_without_leading_zeros() {
        assertThat(OrderNumbers.normalized(" 2026-123 ")).isEqualTo("2026-000123");
        assertThat(OrderNumbers.normalized("2026-000123")).isEqualTo("2026-000123");
        assertThat(OrderNumbers.normalized("ord_123")).isNull();
        assertThat(OrderNumbers.format(2027, 1)).isEqualTo("2027-000001");
    }

    private String numberOf(String id) {
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "orders");
        return stored.getString("number");
    }

    private JsonNode submit(String login, String... skus) {
        return submitWith(tokenFor(login), List.of(skus));
    }

    private JsonNode submitWith(String token, List<String> skus) {
        List<Map<String, Object>> lines = skus.stream().map(sku -> Map.<String, Object>of("sku", sku, "quantity", 2)).toList();
        Map<String, Object> input = Map.of("lines", lines, "requestedDate", "2099-01-15",
                "deliveryAddress", Map.of("recipient", "Magazzino", "street", "Via Roma 1", "postalCode", "20100", "city", "Milano",
                        "country", "IT"));
        return http.payload(token, SUBMIT, Map.of("input", input)).path("orders");
    }
}
