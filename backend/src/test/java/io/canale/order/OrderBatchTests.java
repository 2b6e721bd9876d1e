package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.CrashPoints;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Many orders in one call (submitOrders) with the dealer systems' real tokens: each input as one submitOrder would be
 * (checks, prices, split, numbers, idempotency), its own result and errors by index, and a cut-off call completed by
 * its retry without doubles.
 */
class OrderBatchTests extends IntegrationTestBase {

    static final String SUBMIT_MANY = "mutation($inputs: [SubmitOrderInput!]!) { submitOrders(inputs: $inputs) { results { index "
            + "orders { id groupId number supplier { id } lines { sku unitPrice { amount } } total { amount } } "
            + "userErrors { field code message } } userErrors { field code message } } }";
    /** The dealer of dealer-system: group ids derive from it and the key. */
    static final String ROSSI = "ptn_rossi_auto";
    static final List<Map<String, Object>> TWO_SUPPLIERS = OrderSplitCrashTests.TWO_SUPPLIERS;
    static final List<Map<String, Object>> FERRI_ONLY = List.of(Map.of("sku", "FRN-PAD-001", "quantity", 4),
            Map.of("sku", "FLT-OIL-010", "quantity", 3));

    @Autowired
    MongoOperations mongo;
    @Autowired
    CrashPoints crash;
    @Autowired
    OrderPlans plans;
    @Autowired
    MutableClock clock;

    @Test
    void each_input_is_split_priced_and_numbered_as_one_submission_would_be() {
        JsonNode results = submitMany(tokenFor("dealer-system"), List.of(input(TWO_SUPPLIERS, null), input(FERRI_ONLY, null),
                input(TWO_SUPPLIERS, null)));

        assertThat(results.findValuesAsString("index")).containsExactly("0", "1", "2");
        assertThat(results.get(0).path("orders").size()).isEqualTo(2);
        assertThat(results.get(1).path("orders").size()).isEqualTo(1);
        assertThat(results.get(2).path("orders").size()).isEqualTo(2);
        JsonNode ferri = results.at("/1/orders/0");
        assertThat(ferri.at("/supplier/id").asString()).isEqualTo("ptn_ferri_componenti");
        assertThat(ferri.at("/lines/0/unitPrice/amount").asString()).as("the tier price, as OrderTests has it").isEqualTo("43.20");
        assertThat(ferri.at("/total/amount").asString()).as("4 × 43.20 + 3 × 11.61").isEqualTo("207.63");
        List<String> numbers = results.findValuesAsString("number");
        assertThat(numbers).hasSize(5).doesNotHaveDuplicates().allMatch(number -> number.matches("\\d{4}-\\d{6}"));
        assertThat(results.findValuesAsString("groupId").stream().distinct()).as("one group per input").hasSize(3);
        assertThat(plans.findAll(results.findValuesAsString("groupId"))).as("no plan left behind").isEmpty();
    }

    @Test
    void a_refused_input_leaves_the_others_submitted_and_points_its_errors_at_its_index() {
        String key = "dms-" + UUID.randomUUID();
        Map<String, Object> unknownAndPast = input(List.of(Map.of("sku", "NOPE-000", "quantity", 1)), null);
        unknownAndPast.put("requestedDate", "2000-01-01");
        JsonNode results = submitMany(tokenFor("dealer-system"), List.of(input(TWO_SUPPLIERS, key), unknownAndPast,
                input(FERRI_ONLY, key), input(FERRI_ONLY, "")));

        assertThat(results.at("/0/orders").size()).isEqualTo(2);
        assertThat(results.at("/0/userErrors").isEmpty()).isTrue();
        assertThat(results.at("/1/orders").isEmpty()).isTrue();
        assertThat(errors(results.get(1))).containsExactlyInAnyOrder("inputs.1.lines.0.sku NOT_FOUND", "inputs.1.requestedDate INVALID");
        assertThat(errors(results.get(2))).as("a key used twice in one call").containsExactly("inputs.2.idempotencyKey DUPLICATE");
        assertThat(errors(results.get(3))).containsExactly("inputs.3.idempotencyKey INVALID");
        assertThat(results.at("/2/orders").isEmpty()).isTrue();
    }

    @Test
    void repeated_keys_answer_the_orders_stored_before_whichever_way_they_were_submitted() {
        String dealer = tokenFor("dealer-system");
        String single = "dms-" + UUID.randomUUID();
        String first = "dms-" + UUID.randomUUID();
        JsonNode alone = http.payload(dealer, OrderTests.SUBMIT, Map.of("input", input(TWO_SUPPLIERS, single))).path("orders");
        JsonNode before = submitMany(dealer, List.of(input(TWO_SUPPLIERS, first)));

        String fresh = "dms-" + UUID.randomUUID();
        JsonNode again = submitMany(dealer, List.of(input(TWO_SUPPLIERS, single), input(TWO_SUPPLIERS, first), input(FERRI_ONLY, fresh)));

        assertThat(ids(again.at("/0/orders"))).containsExactlyInAnyOrderElementsOf(ids(alone));
        assertThat(ids(again.at("/1/orders"))).containsExactlyElementsOf(ids(before.at("/0/orders")));
        assertThat(again.at("/2/orders").size()).isEqualTo(1);
        for (JsonNode result : again) {
            String groupId = result.at("/orders/0/groupId").asString();
            assertThat(ordersOf(groupId)).as("nothing written twice").hasSize(result.path("orders").size());
        }
        JsonNode asSingle = http.payload(dealer, OrderTests.SUBMIT, Map.of("input", input(TWO_SUPPLIERS, first))).path("orders");
        assertThat(ids(asSingle)).containsExactlyInAnyOrderElementsOf(ids(before.at("/0/orders")));
    }

    @Test
    void another_dealers_system_with_the_same_keys_gets_orders_of_its_own_and_never_sees_the_first_dealers() {
        String key = "dms-" + UUID.randomUUID();
        JsonNode rossi = submitMany(tokenFor("dealer-system"), List.of(input(TWO_SUPPLIERS, key)));
        String bianchiToken = tokenFor("dealer2-system");
        JsonNode bianchi = submitMany(bianchiToken, List.of(input(TWO_SUPPLIERS, key)));

        List<String> rossiIds = ids(rossi.at("/0/orders"));
        assertThat(ids(bianchi.at("/0/orders"))).hasSize(2).doesNotContainAnyElementsOf(rossiIds);
        for (String id : rossiIds) {
            assertThat(http.graphql(bianchiToken, OrderTests.ORDER, Map.of("id", id)).at("/data/order").isNull()).isTrue();
        }
    }

    @Test
    void only_dealers_submit_many_orders_as_only_they_submit_one() {
        String supplier = tokenFor("supplier-system");
        http.expectError("FORBIDDEN", supplier, OrderTests.SUBMIT, Map.of("input", input(TWO_SUPPLIERS, null)));
        http.expectError("FORBIDDEN", supplier, SUBMIT_MANY, Map.of("inputs", List.of(input(TWO_SUPPLIERS, null))));
        http.expectError("FORBIDDEN", tokenFor("carrier-system"), SUBMIT_MANY, Map.of("inputs", List.of(input(TWO_SUPPLIERS, null))));
    }

    @Test
    void more_than_100_inputs_are_refused_by_the_query_limits_before_anything_is_stored() {
        String key = "dms-" + UUID.randomUUID();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 101; i++) { // each refused for its date if it ran: nothing stored (other tests page the orders)
            Map<String, Object> input = input(FERRI_ONLY, key + "-" + i);
            input.put("requestedDate", "2000-01-01");
            inputs.add(input);
        }
        JsonNode errors = http.expectError("QUERY_TOO_MANY_ITEMS", tokenFor("dealer-system"), SUBMIT_MANY, Map.of("inputs", inputs));
        assertThat(errors.at("/0/message").asString()).isEqualTo("submitOrders takes at most 100 inputs; this call has 101. Send them in several calls.");
        assertThat(mongo.count(Query.query(Criteria.where("groupId").is(Orders.groupIdOf(ROSSI, key + "-0"))), Order.class)).isZero();
        JsonNode hundred = http.graphql(tokenFor("dealer-system"), SUBMIT_MANY, Map.of("inputs", inputs.subList(0, 100)))
                .at("/data/submitOrders/results");
        assertThat(hundred.size()).as("100 pass the limit and run").isEqualTo(100);
        assertThat(hundred.findValuesAsString("code")).hasSize(100).containsOnly("INVALID");
    }

    @Test
    void each_input_costs_what_one_submission_with_the_same_selection_costs() {
        String dealer = tokenFor("dealer-system");
        String selection = "orders { id } userErrors { code }";
        long one = http.graphql(dealer, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { " + selection + " } }",
                Map.of("input", input(FERRI_ONLY, null))).at("/extensions/cost/requested").asLong();
        long three = http.graphql(dealer, "mutation($inputs: [SubmitOrderInput!]!) { submitOrders(inputs: $inputs) { results { "
                + selection + " } } }", Map.of("inputs", List.of(input(FERRI_ONLY, null), input(FERRI_ONLY, null), input(FERRI_ONLY, null))))
                .at("/extensions/cost/requested").asLong();
        // submitOrder: 1 + orders (1 + id) + userErrors (1 + code) = 5; per input: 1 + results (1 + the same 4).
        assertThat(one).isEqualTo(5);
        assertThat(three).isEqualTo(3 * 6);
    }

    @Test
    void a_call_cut_off_after_its_orders_were_stored_is_completed_by_its_retry_without_doubles() {
        String dealer = tokenFor("dealer-system");
        List<Map<String, Object>> inputs = List.of(input(TWO_SUPPLIERS, "dms-" + UUID.randomUUID()),
                input(FERRI_ONLY, "dms-" + UUID.randomUUID()), input(TWO_SUPPLIERS, "dms-" + UUID.randomUUID()));
        crash.crashAfterOrders(1);
        http.graphqlErrors(dealer, SUBMIT_MANY, Map.of("inputs", inputs));
        List<String> groupIds = inputs.stream().map(input -> Orders.groupIdOf(ROSSI, (String) input.get("idempotencyKey"))).toList();
        assertThat(plans.findAll(groupIds)).as("the plans the cut-off left").hasSize(3);

        JsonNode retried = submitMany(dealer, inputs);

        assertThat(retried.findValuesAsString("groupId").stream().distinct()).containsExactlyElementsOf(groupIds);
        assertThat(retried.findValues("orders").stream().map(JsonNode::size)).containsExactly(2, 1, 2);
        groupIds.forEach(groupId -> assertThat(mongo.count(Query.query(Criteria.where("groupId").is(groupId)), Order.class))
                .isEqualTo(groupId.equals(groupIds.get(1)) ? 1 : 2));
        assertThat(plans.findAll(groupIds)).isEmpty();
    }

    @Test
    void a_call_cut_off_between_its_plans_and_its_orders_is_completed_by_its_retry_even_when_its_input_no_longer_passes() {
        String dealer = tokenFor("dealer-system");
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Map<String, Object> input = input(TWO_SUPPLIERS, "dms-" + UUID.randomUUID());
        input.put("requestedDate", today.toString());
        String groupId = Orders.groupIdOf(ROSSI, (String) input.get("idempotencyKey"));
        crash.crashBeforeOrders();
        http.graphqlErrors(dealer, SUBMIT_MANY, Map.of("inputs", List.of(input)));
        assertThat(plans.find(groupId)).as("the plan stored before the orders").isPresent();
        assertThat(ordersOf(groupId)).isEmpty();

        clock.advance(Duration.ofDays(2));
        try {
            JsonNode retried = submitMany(dealer, List.of(input));
            assertThat(retried.at("/0/orders").findValuesAsString("sku")).containsExactlyInAnyOrder("FRN-PAD-001", "BAT-12V-070");
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
        assertThat(ordersOf(groupId)).hasSize(2);
        assertThat(plans.find(groupId)).isEmpty();
    }

    private JsonNode submitMany(String token, List<Map<String, Object>> inputs) {
        return http.payload(token, SUBMIT_MANY, Map.of("inputs", inputs)).path("results");
    }

    /** The ids of the orders (not of their suppliers). */
    static List<String> ids(JsonNode orders) {
        List<String> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.path("id").asString()));
        return ids;
    }

    private static List<String> errors(JsonNode result) {
        List<String> errors = new ArrayList<>();
        result.path("userErrors").forEach(error -> {
            List<String> field = new ArrayList<>();
            error.path("field").forEach(part -> field.add(part.asString()));
            errors.add(String.join(".", field) + " " + error.path("code").asString());
        });
        return errors;
    }

    static Map<String, Object> input(List<Map<String, Object>> lines, String key) {
        Map<String, Object> input = new HashMap<>(Map.of("lines", lines, "requestedDate", "2099-01-15",
                "deliveryAddress", OrderSplitCrashTests.ADDRESS));
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return input;
    }


    private List<Order> ordersOf(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), Order.class);
    }
}
