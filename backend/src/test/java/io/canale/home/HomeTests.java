package io.canale.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.lead.LeadRoutingTests;
import io.canale.support.GraphQlAnswers;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code viewer.todo} and {@code viewer.kpis} per audience over HTTP with real tokens: each audience gets its kinds
 * of work and figures, a record created for a partner adds one to that partner's count (and its first items), and
 * another partner's records are never counted.
 */
class HomeTests extends IntegrationTestBase {

    static final String TODO = "{ viewer { todo { kind area count items(first: 3) { recordId title dueAt } } } }";
    static final String KPIS = "{ viewer { kpis { kind unit value currency series { key value } } } }";
    static final String ROUTE = "mutation($id: ID!, $v: Int!, $d: ID) { routeLead(input: {id: $id, expectedVersion: $v, dealerId: $d}) { "
            + "lead { id version } userErrors { field code } } }";
    static final String CONFIRM = "mutation($id: ID!, $v: Int!) { confirmOrder(input: {id: $id, expectedVersion: $v, lines: "
            + "[{line: 1, confirmedQuantity: 2, promisedDate: \"2099-02-01\"}]}) { order { id version } userErrors { field code } } }";
    static final String SHIP = "mutation($id: ID!, $v: Int!) { createShipment(input: {orderId: $id, expectedVersion: $v, "
            + "carrierId: \"ptn_veloce_logistica\", packages: 1}) { order { id version } userErrors { field code } } }";
    static final String DECIDE = "mutation($id: ID!, $amount: Decimal, $comment: String) { %s(input: {id: $id, amount: $amount, "
            + "comment: $comment}) { fundRequest { id } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void each_audience_gets_its_kinds_of_work_and_figures_with_the_area_of_each() {
        assertThat(kinds(dealer())).containsExactly("LEADS_TO_ANSWER", "DRAFTS_TO_SUBMIT", "CASES_WAITING", "FUND_QUESTIONS_TO_ANSWER",
                "FUND_CLAIMS_DUE");
        assertThat(kinds(tokenFor("supplier@canale.demo"))).containsExactly("ORDERS_TO_ANSWER", "ORDERS_TO_HAND_OVER", "CASES_WAITING");
        assertThat(kinds(carrier())).containsExactly("SHIPMENTS_TO_MOVE", "CASES_WAITING");
        assertThat(kinds(staff())).containsExactly("LEADS_TO_ROUTE", "DEALS_TO_REVIEW", "CASES_TO_TRIAGE", "FUND_REQUESTS_TO_REVIEW",
                "FUND_CLAIMS_TO_REVIEW");
        assertThat(areas(dealer())).containsExactly("LEADS", "ORDER_ENTRY", "SERVICE_CASES", "FUNDS", "FUNDS");

        assertThat(kpiKinds(dealer())).containsSubsequence("PIPELINE_VALUE", "WIN_RATE", "TIME_TO_ACCEPT");
        assertThat(kpiKinds(tokenFor("supplier@canale.demo"))).containsExactly("OPEN_ORDER_LINES", "FILL_RATE", "SKUS_BELOW_DEMAND");
        assertThat(kpiKinds(carrier())).containsExactly("SHIPMENTS_TODAY", "LATE_SHIPMENTS", "SHIPMENT_EXCEPTIONS");
        assertThat(kpiKinds(staff())).containsSubsequence("CHANNEL_REVENUE", "UNROUTED_LEADS", "REGISTRATIONS_IN_REVIEW");
    }

    @Test
    void a_lead_routed_to_a_dealer_waits_for_that_dealer_only_and_leaves_its_list_once_accepted() {
        long rossi = count(dealer(), "LEADS_TO_ANSWER");
        long bianchi = count(tokenFor("dealer2@canale.demo"), "LEADS_TO_ANSWER");

        JsonNode lead = routed("ptn_rossi_auto");
        assertThat(count(dealer(), "LEADS_TO_ANSWER")).isEqualTo(rossi + 1);
        assertThat(count(tokenFor("dealer-system"), "LEADS_TO_ANSWER")).as("the dealer's systems see the same").isEqualTo(rossi + 1);
        assertThat(count(tokenFor("dealer2@canale.demo"), "LEADS_TO_ANSWER")).as("another dealer's leads are never counted")
                .isEqualTo(bianchi);

        routed("ptn_bianchi_moto");
        assertThat(count(dealer(), "LEADS_TO_ANSWER")).as("a lead routed to another dealer").isEqualTo(rossi + 1);
        assertThat(count(tokenFor("dealer2@canale.demo"), "LEADS_TO_ANSWER")).isEqualTo(bianchi + 1);

        JsonNode items = todo(dealer(), "LEADS_TO_ANSWER").path("items");
        assertThat(items.size()).isEqualTo((int) Math.min(3, rossi + 1));
        List<String> deadlines = new ArrayList<>();
        items.forEach(item -> deadlines.add(item.path("dueAt").asString()));
        assertThat(deadlines).as("soonest deadline first, each with one").isSorted().doesNotContain("");

        graphql.done(dealer(), "mutation($id: ID!, $v: Int!) { acceptLead(input: {id: $id, expectedVersion: $v}) { lead { id } "
                + "userErrors { field code } } }", Map.of("id", lead.path("id").asString(), "v", lead.path("version").asInt()));
        assertThat(count(dealer(), "LEADS_TO_ANSWER")).isEqualTo(rossi);
        assertThat(kpi(dealer(), "TIME_TO_ACCEPT").path("value").isNull()).as("an accepted lead gives a time to accept").isFalse();
    }

    @Test
    void an_order_waits_for_its_supplier_to_answer_then_to_hand_over_then_for_its_carrier_to_move_it() {
        String ferri = tokenFor("supplier@canale.demo");
        String gallo = tokenFor("supplier2@canale.demo");
        long toAnswer = count(ferri, "ORDERS_TO_ANSWER");
        long toHandOver = count(ferri, "ORDERS_TO_HAND_OVER");
        long othersToAnswer = count(gallo, "ORDERS_TO_ANSWER");
        long toMove = count(carrier(), "SHIPMENTS_TO_MOVE");
        long openLines = kpi(ferri, "OPEN_ORDER_LINES").path("value").asLong();
        java.math.BigDecimal revenue = revenueThisMonth();

        JsonNode order = rossisOrderToFerri();
        assertThat(revenueThisMonth()).as("the order counts in this month's revenue").isGreaterThan(revenue);
        assertThat(count(ferri, "ORDERS_TO_ANSWER")).isEqualTo(toAnswer + 1);
        assertThat(count(gallo, "ORDERS_TO_ANSWER")).as("another supplier's orders are never counted").isEqualTo(othersToAnswer);
        assertThat(kpi(ferri, "OPEN_ORDER_LINES").path("value").asLong()).isEqualTo(openLines + 1);

        JsonNode confirmed = graphql.done(ferri, CONFIRM, versionOf(order)).path("order");
        assertThat(count(ferri, "ORDERS_TO_ANSWER")).isEqualTo(toAnswer);
        assertThat(count(ferri, "ORDERS_TO_HAND_OVER")).isEqualTo(toHandOver + 1);
        assertThat(kpi(ferri, "FILL_RATE").path("value").isNull()).isFalse();

        graphql.done(ferri, SHIP, versionOf(confirmed));
        assertThat(count(ferri, "ORDERS_TO_HAND_OVER")).isEqualTo(toHandOver);
        assertThat(count(carrier(), "SHIPMENTS_TO_MOVE")).isEqualTo(toMove + 1);
        JsonNode first = todo(carrier(), "SHIPMENTS_TO_MOVE").path("items");
        assertThat(first.size()).isEqualTo((int) Math.min(3, toMove + 1));
        assertThat(first.get(0).path("recordId").asString()).as("a shipment id").startsWith("shp");
        assertThat(first.get(0).path("title").asString()).as("its order's number and city").matches("\\d{4}-\\d{6} · .+");
        assertThat(todo(ferri, "ORDERS_TO_ANSWER").at("/items/0/title").asString()).as("the order's number and first product")
                .matches("\\d{4}-\\d{6} · .+");
    }

    @Test
    void a_delivery_requested_for_today_counts_in_the_carriers_shipments_today_and_not_as_late() {
        String ferri = tokenFor("supplier@canale.demo");
        JsonNode before = kpi(carrier(), "SHIPMENTS_TODAY");
        String today = before.at("/series/0/key").asString();
        long late = kpi(carrier(), "LATE_SHIPMENTS").path("value").asLong();

        JsonNode order = rossisOrderToFerri(today);
        JsonNode confirmed = graphql.done(ferri, CONFIRM, versionOf(order)).path("order");
        graphql.done(ferri, SHIP, versionOf(confirmed));

        JsonNode after = kpi(carrier(), "SHIPMENTS_TODAY");
        assertThat(after.path("value").asLong()).isEqualTo(before.path("value").asLong() + 1);
        assertThat(after.at("/series/0/value").asLong()).isEqualTo(after.path("value").asLong());
        assertThat(kpi(carrier(), "LATE_SHIPMENTS").path("value").asLong()).isEqualTo(late);
    }

    @Test
    void a_registered_deal_waits_for_staff_and_their_figure_says_the_same() {
        long before = count(staff(), "DEALS_TO_REVIEW");
        graphql.done(dealer(), "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { dealRegistration { id } "
                + "userErrors { field code } } }", Map.of("input", Map.of("customerName", "Home " + UUID.randomUUID(),
                        "productLine", "Furgoni", "expectedValue", Map.of("amount", "1000.00", "currency", "EUR"),
                        "expectedCloseDate", "2099-06-30")));
        long after = count(staff(), "DEALS_TO_REVIEW");
        assertThat(after).isEqualTo(before + 1);
        assertThat(kpi(staff(), "REGISTRATIONS_IN_REVIEW").path("value").asLong()).isEqualTo(after);
        assertThat(kpi(staff(), "UNROUTED_LEADS").path("value").asLong()).isEqualTo(count(staff(), "LEADS_TO_ROUTE"));
        assertThat(kpi(staff(), "CHANNEL_REVENUE").path("series").size()).isEqualTo(6);
    }

    @Test
    void a_partner_system_without_a_write_scope_has_nothing_to_do_but_still_its_figures() {
        // Kinds of work follow the scopes: a token that may only read cannot answer, so nothing waits for it.
        String readOnly = http.clientToken("dealer-system", Http.DEMO_SECRET, "leads:read orders:read").path("access_token").asString();
        assertThat(kinds(readOnly)).isEmpty();
        assertThat(kpiKinds(readOnly)).contains("PIPELINE_VALUE");
    }

    /** An order of Rossi Auto for one product of Ferri Componenti. */
    @Test
    void fund_requests_and_claims_wait_on_staff_or_on_their_dealer_only_as_they_move() {
        String dealer2 = tokenFor("dealer2@canale.demo");
        long toReview = count(staff(), "FUND_REQUESTS_TO_REVIEW");
        long questions = count(dealer(), "FUND_QUESTIONS_TO_ANSWER");
        long due = count(dealer(), "FUND_CLAIMS_DUE");
        long othersQuestions = count(dealer2, "FUND_QUESTIONS_TO_ANSWER");
        long othersDue = count(dealer2, "FUND_CLAIMS_DUE");
        String budget = graphql.done(staff(), "mutation($input: CreateFundBudgetInput!) { createFundBudget(input: $input) { "
                + "fundBudget { id } userErrors { field code } } }", Map.of("input", Map.of("name", "Home MDF " + UUID.randomUUID(),
                "amount", Map.of("amount", "3000.00", "currency", "EUR"), "startsOn", "2026-01-01", "endsOn", "2027-12-31", "claimDays", 30)))
                .at("/fundBudget/id").asString();
        String allocation = graphql.done(staff(), "mutation($input: AllocateFundsInput!) { allocateFunds(input: $input) { "
                + "fundAllocation { id } userErrors { field code } } }", Map.of("input", Map.of("budgetId", budget,
                "partnerId", "ptn_rossi_auto", "amount", "1000.00"))).at("/fundAllocation/id").asString();
        String title = "Home open day " + UUID.randomUUID();
        java.time.LocalDate ends = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(20);
        String request = graphql.done(dealer(), "mutation($input: RequestFundsInput!) { requestFunds(input: $input) { "
                + "fundRequest { id } userErrors { field code } } }", Map.of("input", Map.of("allocationId", allocation, "activity", "EVENT",
                "title", title, "plan", "Test rides", "amount", Map.of("amount", "400.00", "currency", "EUR"),
                "startsOn", ends.minusDays(1).toString(), "endsOn", ends.toString()))).at("/fundRequest/id").asString();
        assertThat(count(staff(), "FUND_REQUESTS_TO_REVIEW")).isEqualTo(toReview + 1);
        assertThat(todo(staff(), "FUND_REQUESTS_TO_REVIEW").path("area").asString()).isEqualTo("FUNDS");

        graphql.done(staff(), DECIDE.formatted("askAboutFundRequest"), Map.of("id", request, "comment", "Where?"));
        assertThat(count(staff(), "FUND_REQUESTS_TO_REVIEW")).as("waiting on the dealer now").isEqualTo(toReview);
        assertThat(count(dealer(), "FUND_QUESTIONS_TO_ANSWER")).isEqualTo(questions + 1);
        assertThat(count(tokenFor("dealer-system"), "FUND_QUESTIONS_TO_ANSWER")).isEqualTo(questions + 1);
        assertThat(count(dealer2, "FUND_QUESTIONS_TO_ANSWER")).as("another dealer's requests are never counted").isEqualTo(othersQuestions);

        graphql.done(dealer(), "mutation($id: ID!, $answer: String!) { answerFundRequest(input: {id: $id, answer: $answer}) { "
                + "fundRequest { id } userErrors { field code } } }", Map.of("id", request, "answer", "In the showroom"));
        assertThat(count(dealer(), "FUND_QUESTIONS_TO_ANSWER")).isEqualTo(questions);
        graphql.done(staff(), DECIDE.formatted("approveFundRequest"), Map.of("id", request, "amount", "300.00"));
        assertThat(count(staff(), "FUND_REQUESTS_TO_REVIEW")).isEqualTo(toReview);
        assertThat(count(dealer(), "FUND_CLAIMS_DUE")).isEqualTo(due + 1);
        assertThat(count(dealer2, "FUND_CLAIMS_DUE")).isEqualTo(othersDue);
        JsonNode items = graphql.data(dealer(), "{ viewer { todo { kind items(first: 100) { recordId title dueAt } } } }")
                .at("/viewer/todo");
        List<String> found = new ArrayList<>();
        items.forEach(todo -> {
            if (todo.path("kind").asString().equals("FUND_CLAIMS_DUE")) {
                todo.path("items").forEach(item -> {
                    if (item.path("recordId").asString().equals(request)) {
                        found.add(item.path("title").asString() + "|" + item.path("dueAt").isNull());
                    }
                });
            }
        });
        assertThat(found).as("named by its title, due by its claim deadline").containsExactly(title + "|false");
    }

    private JsonNode rossisOrderToFerri() {
        return rossisOrderToFerri("2099-01-15");
    }

    private JsonNode rossisOrderToFerri(String requestedDate) {
        JsonNode orders = graphql.done(dealer(), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { "
                + "id version } userErrors { field code } } }", Map.of("input", Map.of(
                        "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)), "requestedDate", requestedDate,
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                                "city", "Milano", "country", "IT")))).path("orders");
        assertThat(orders.size()).isEqualTo(1);
        return orders.get(0);
    }

    /** The channel's revenue in euros this month, as staff's figure says (zero without any order yet). */
    private java.math.BigDecimal revenueThisMonth() {
        for (JsonNode kpi : graphql.data(staff(), KPIS).at("/viewer/kpis")) {
            if (kpi.path("kind").asString().equals("CHANNEL_REVENUE") && "EUR".equals(kpi.path("currency").asString())) {
                return new java.math.BigDecimal(kpi.path("value").asString());
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    private JsonNode routed(String dealerId) {
        JsonNode captured = graphql.done(staff(), LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Home Lead", "email", "home-" + UUID.randomUUID() + "@example.com"),
                "company", Map.of("name", "Home " + UUID.randomUUID()),
                "address", Map.of("country", "IT")))).path("lead");
        return graphql.done(staff(), ROUTE, Map.of("id", captured.path("id").asString(), "v", captured.path("version").asInt(),
                "d", dealerId)).path("lead");
    }

    private List<String> kinds(String token) {
        List<String> kinds = new ArrayList<>();
        graphql.data(token, TODO).at("/viewer/todo").forEach(todo -> kinds.add(todo.path("kind").asString()));
        return kinds;
    }

    private List<String> areas(String token) {
        List<String> areas = new ArrayList<>();
        graphql.data(token, TODO).at("/viewer/todo").forEach(todo -> areas.add(todo.path("area").asString()));
        return areas;
    }

    private List<String> kpiKinds(String token) {
        List<String> kinds = new ArrayList<>();
        graphql.data(token, KPIS).at("/viewer/kpis").forEach(kpi -> kinds.add(kpi.path("kind").asString()));
        return kinds;
    }

    private JsonNode todo(String token, String kind) {
        for (JsonNode todo : graphql.data(token, TODO).at("/viewer/todo")) {
            if (todo.path("kind").asString().equals(kind)) {
                return todo;
            }
        }
        throw new AssertionError(kind + " is not among the caller's work");
    }

    private long count(String token, String kind) {
        return todo(token, kind).path("count").asLong();
    }

    private JsonNode kpi(String token, String kind) {
        for (JsonNode kpi : graphql.data(token, KPIS).at("/viewer/kpis")) {
            if (kpi.path("kind").asString().equals(kind)) {
                return kpi;
            }
        }
        throw new AssertionError(kind + " is not among the caller's figures");
    }

    private static Map<String, Object> versionOf(JsonNode record) {
        return Map.of("id", record.path("id").asString(), "v", record.path("version").asInt());
    }

    private String dealer() {
        return tokenFor("dealer@canale.demo");
    }

    private String carrier() {
        return tokenFor("carrier@canale.demo");
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
