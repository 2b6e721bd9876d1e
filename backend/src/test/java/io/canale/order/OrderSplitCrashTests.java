package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.CrashPoints;
import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A split cut off between its orders ends with every supplier's order: on a retry, even a day later when its input
 * no longer passes, and by the sweep when nobody retries.
 */
class OrderSplitCrashTests extends IntegrationTestBase {

    static final Map<String, Object> ADDRESS = Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
            "city", "Milano", "country", "IT");
    /** Two suppliers: Ferri (FRN-PAD-001) and Gallo (BAT-12V-070). */
    static final List<Map<String, Object>> TWO_SUPPLIERS = List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2),
            Map.of("sku", "BAT-12V-070", "quantity", 1));

    @Autowired
    CrashPoints crash;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoOperations mongo;
    @Autowired
    OrderPlans plans;
    /** How far a test moved the clock every test of the context shares; moved back after each test. */
    private Duration advanced = Duration.ZERO;

    @AfterEach
    void moveTheClockBack() {
        clock.advance(advanced.negated());
        advanced = Duration.ZERO;
    }

    private void advance(Duration by) {
        clock.advance(by);
        advanced = advanced.plus(by);
    }

    @Test
    void a_retry_a_day_later_completes_the_split_even_though_its_date_is_now_past() {
        String dealer = tokenFor("dealer@canale.demo");
        Map<String, Object> input = input(today());
        input.put("idempotencyKey", "dms-" + UUID.randomUUID());

        crash.crashAfterOrders(1);
        http.graphqlErrors(dealer, OrderTests.SUBMIT, Map.of("input", input));
        OrderPlan plan = onlyPlanOf("ptn_rossi_auto");
        assertThat(ordersOf(plan.groupId())).as("cut off after the first order").hasSize(1);

        advance(Duration.ofDays(2));
        JsonNode retried = http.payload(dealer, OrderTests.SUBMIT, Map.of("input", input)).path("orders");
        assertThat(retried.findValuesAsString("groupId")).containsOnly(plan.groupId());
        assertThat(retried.findValuesAsString("sku")).containsExactlyInAnyOrder("FRN-PAD-001", "BAT-12V-070");
        assertThat(ordersOf(plan.groupId())).hasSize(2);
        assertThat(plans.find(plan.groupId())).as("a completed plan is dropped").isEmpty();

        JsonNode replayed = http.payload(dealer, OrderTests.SUBMIT, Map.of("input", input)).path("orders");
        assertThat(replayed.findValuesAsString("id")).containsExactlyInAnyOrderElementsOf(retried.findValuesAsString("id"));
        assertThat(ordersOf(plan.groupId())).as("a replay writes nothing").hasSize(2);
    }

    @Test
    void a_draft_cut_off_between_its_orders_completes_on_retry_a_day_later() {
        String dealer = tokenFor("dealer@canale.demo");
        Map<String, Object> draftInput = new HashMap<>(Map.of("lines", TWO_SUPPLIERS, "requestedDate", today().toString(),
                "deliveryAddress", ADDRESS));
        JsonNode draft = http.payload(dealer, OrderDraftTests.SAVE, Map.of("input", draftInput)).path("draft");
        Map<String, Object> submit = Map.of("id", draft.path("id").asString(), "v", draft.path("version").asInt());

        crash.crashAfterOrders(1);
        http.graphqlErrors(dealer, OrderDraftTests.SUBMIT, submit);
        advance(Duration.ofDays(2));

        JsonNode retried = http.payload(dealer, OrderDraftTests.SUBMIT, submit).path("orders");
        assertThat(retried.size()).isEqualTo(2);
        assertThat(retried.findValues("supplier").stream().map(s -> s.path("id").asString()))
                .containsExactlyInAnyOrder("ptn_ferri_componenti", "ptn_gallo_ricambi");
        assertThat(ordersOf(retried.at("/0/groupId").asString())).hasSize(2);
        assertThat(http.graphql(dealer, OrderDraftTests.READ, Map.of("id", draft.path("id").asString()))
                .at("/data/orderDraft/status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_split_nobody_retries_is_completed_by_the_sweep() {
        String dealer = tokenFor("dealer@canale.demo");
        crash.crashAfterOrders(1);
        http.graphqlErrors(dealer, OrderTests.SUBMIT, Map.of("input", input(today())));
        OrderPlan plan = onlyPlanOf("ptn_rossi_auto");

        plans.completeStale();
        assertThat(ordersOf(plan.groupId())).as("not yet: the submission may still be writing").hasSize(1);
        advance(OrderPlans.STALE_AFTER.plusSeconds(1));
        plans.completeStale();
        assertThat(ordersOf(plan.groupId())).extracting(Order::supplierId)
                .containsExactlyInAnyOrder("ptn_ferri_componenti", "ptn_gallo_ricambi");
        assertThat(plans.find(plan.groupId())).isEmpty();
    }

    private Map<String, Object> input(LocalDate requestedDate) {
        return new HashMap<>(Map.of("lines", TWO_SUPPLIERS, "requestedDate", requestedDate.toString(), "deliveryAddress", ADDRESS));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private OrderPlan onlyPlanOf(String dealerId) {
        List<OrderPlan> stored = mongo.find(Query.query(Criteria.where("dealerId").is(dealerId)), OrderPlan.class);
        assertThat(stored).as("the plan a crash left").hasSize(1);
        return stored.getFirst();
    }

    private List<Order> ordersOf(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), Order.class);
    }
}
