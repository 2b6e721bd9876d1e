package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code viewer.areas} and {@code viewer.viewerCan} over HTTP with real tokens: an area is listed exactly when
 * the API of that area answers the caller, and each thing the viewer is told it may start, it may.
 */
class ViewerAreasTests extends IntegrationTestBase {

    static final String VIEWER = "{ viewer { partner { id } areas viewerCan { createLead importLeads manageRoutingRules registerDeal "
            + "submitOrder createProduct publishPriceList publishStock createPartner seeOtherPartners openServiceCase grantableClientScopes "
            + "manageWebhooksOfAnyPartner } } }";
    static final String OPEN_NOTHING = "mutation { openServiceCase(input: {type: COMPLAINT, subject: \"\"}) { serviceCase { id } userErrors { code } } }";
    static final String SUBMIT_NOTHING = "mutation { submitOrder(input: {lines: [], requestedDate: \"2099-01-01\", deliveryAddress: "
            + "{recipient: \"x\", street: \"x\", postalCode: \"1\", city: \"x\", country: \"IT\"}}) { orders { id } userErrors { code } } }";
    static final String PUBLISH_NOTHING = "mutation { publishStock(input: {items: []}) { applied userErrors { code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    /** For each area with an API of its own, a request that the API answers only to callers allowed in the area. */
    private Map<String, String> probes(String ownPartnerId) {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("ORGANISATION", "{ partnerUsers(partnerId: \"" + ownPartnerId + "\", first: 1) { edges { node { id } } } }");
        probes.put("LEADS", "{ leads(first: 1) { edges { node { id } } } }");
        probes.put("ROUTING_RULES", "{ routingRules { version } }");
        probes.put("LEAD_IMPORTS", "{ leadImports(first: 1) { edges { node { id } } } }");
        probes.put("DEALS", "{ dealRegistrations(first: 1) { edges { node { id } } } }");
        probes.put("PIPELINE", "{ pipeline { count } }");
        probes.put("CATALOG", "{ products(first: 1) { edges { node { sku } } } }");
        probes.put("PRICE_LISTS", "{ priceLists(first: 1) { edges { node { id } } } }");
        probes.put("ORDERS", "{ orders(first: 1) { edges { node { id } } } }");
        probes.put("ORDER_ENTRY", SUBMIT_NOTHING);
        probes.put("SHIPMENTS", "{ shipments(first: 1) { edges { node { id } } } }");
        probes.put("STOCK_UPLOAD", PUBLISH_NOTHING);
        probes.put("DEMAND", "{ demand(weeks: 1) { sku } }");
        probes.put("SERVICE_CASES", "{ serviceCases(first: 1) { edges { node { id } } } }");
        probes.put("SERVICE_BOARD", "{ serviceCaseCounts { byStatus { count } } }");
        probes.put("CASES_BY_PRODUCT", "{ serviceCaseProducts { sku } }");
        probes.put("SERVICE_SATISFACTION", "{ serviceSatisfaction { count } }");
        probes.put("INCENTIVES", "{ incentivePrograms(first: 1) { edges { node { id } } } }");
        probes.put("FUNDS", "{ fundAllocations(first: 1) { edges { node { id } } } }");
        // Refused input: an admin gets user errors, anybody else FORBIDDEN; nothing is written either way.
        probes.put("FUND_BUDGETS", "mutation { createFundBudget(input: {name: \"\", amount: {amount: \"-1\", currency: \"EUR\"}, "
                + "startsOn: \"x\", endsOn: \"x\", claimDays: -1}) { userErrors { code } } }");
        probes.put("INCENTIVE_ADMIN", "mutation { createIncentiveProgram(input: {name: \"\", currency: \"X\", startDate: \"x\", "
                + "endDate: \"x\", accrualPeriod: MONTH, payoutPeriod: MONTH, rules: {}}) { userErrors { code } } }");
        probes.put("WEBHOOKS", "{ webhookEndpoints { id } }");
        return probes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff@canale.demo", "dealer@canale.demo", "dealer-system", "supplier@canale.demo", "supplier-system",
            "carrier@canale.demo", "carrier-system"})
    void an_area_is_listed_exactly_when_its_api_answers_the_caller(String login) {
        JsonNode viewer = graphql.data(tokenFor(login), VIEWER).path("viewer");
        List<String> areas = new ArrayList<>();
        viewer.path("areas").forEach(area -> areas.add(area.asString()));
        assertThat(areas).first().isEqualTo("HOME");
        probes(viewer.at("/partner/id").asString()).forEach((area, probe) -> {
            JsonNode answer = Http.json(http.graphqlRaw(tokenFor(login), probe, Map.of(), "application/json"));
            if (areas.contains(area)) {
                assertThat(answer.has("errors")).as("%s lists %s, but the API refuses: %s", login, area, answer).isFalse();
            } else {
                assertThat(answer.at("/errors/0/extensions/code").asString()).as("%s lacks %s, but the API answers: %s", login, area, answer)
                        .isEqualTo("FORBIDDEN");
            }
        });
    }

    @Test
    void each_audience_gets_its_own_areas_in_menu_order() {
        assertThat(areas("carrier@canale.demo")).containsExactly("HOME", "ORGANISATION", "SHIPMENTS", "SERVICE_CASES", "WEBHOOKS");
        assertThat(areas("carrier-system")).containsExactly("HOME", "SHIPMENTS", "SERVICE_CASES");
        assertThat(areas("supplier@canale.demo")).containsExactly("HOME", "ORGANISATION", "CATALOG", "ORDERS", "SUPPLIER_ORDERS",
                "SHIPMENTS", "STOCK_UPLOAD", "DEMAND", "SERVICE_CASES", "CASES_BY_PRODUCT", "SERVICE_SATISFACTION", "WEBHOOKS");
        assertThat(areas("dealer@canale.demo")).containsExactly("HOME", "ORGANISATION", "LEADS", "LEAD_IMPORTS", "DEALS", "PIPELINE",
                "CATALOG", "PRICE_LISTS", "ORDERS", "ORDER_ENTRY", "SHIPMENTS", "SERVICE_CASES", "SERVICE_SATISFACTION", "INCENTIVES", "FUNDS", "WEBHOOKS");
        assertThat(areas("staff@canale.demo")).containsExactly("HOME", "PARTNERS", "ORGANISATION", "LEADS", "ROUTING_RULES",
                "LEAD_IMPORTS", "DEALS", "PIPELINE", "CATALOG", "PRICE_LISTS", "ORDERS", "SUPPLIER_ORDERS", "SHIPMENTS", "DEMAND",
                "SERVICE_CASES", "SERVICE_BOARD", "CASES_BY_PRODUCT", "SERVICE_SATISFACTION", "INCENTIVES", "FUNDS", "FUND_BUDGETS", "INCENTIVE_ADMIN",
                "WEBHOOKS");
    }

    @Test
    void a_dealer_is_told_it_may_order_but_not_publish_stock_and_both_hold() {
        JsonNode can = viewerCan("dealer@canale.demo");
        assertThat(can.path("submitOrder").asBoolean()).isTrue();
        assertThat(can.path("publishStock").asBoolean()).isFalse();
        assertThat(graphql.refused(tokenFor("dealer@canale.demo"), SUBMIT_NOTHING, Map.of())).as("a refusal of the input, not of the caller")
                .isEqualTo("REQUIRED");
        assertThat(graphql.error(tokenFor("dealer@canale.demo"), PUBLISH_NOTHING, Map.of())).isEqualTo("FORBIDDEN");
    }

    @Test
    void dealers_and_staff_are_told_they_may_open_service_cases_and_suppliers_and_carriers_that_they_may_not_and_all_hold() {
        for (String login : List.of("dealer@canale.demo", "dealer-system", "staff@canale.demo")) {
            assertThat(viewerCan(login).path("openServiceCase").asBoolean()).as(login).isTrue();
            assertThat(graphql.refused(tokenFor(login), OPEN_NOTHING, Map.of())).as(login).isEqualTo("REQUIRED");
        }
        for (String login : List.of("supplier@canale.demo", "carrier-system")) {
            assertThat(viewerCan(login).path("openServiceCase").asBoolean()).as(login).isFalse();
            assertThat(graphql.error(tokenFor(login), OPEN_NOTHING, Map.of())).as(login).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void a_supplier_is_told_it_may_publish_stock_but_not_order_and_both_hold() {
        JsonNode can = viewerCan("supplier-system");
        assertThat(can.path("publishStock").asBoolean()).isTrue();
        assertThat(can.path("submitOrder").asBoolean()).isFalse();
        String sku = "VA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        graphql.done(tokenFor("staff@canale.demo"), "mutation($s: String!) { createProduct(input: {sku: $s, names: {en: \"Pads\"}, "
                + "productLine: \"Freni\", unit: PIECE, supplierId: \"ptn_ferri_componenti\"}) { product { sku } userErrors { code } } }",
                Map.of("s", sku));
        assertThat(graphql.done(tokenFor("supplier-system"), "mutation($s: String!) { publishStock(input: {items: [{sku: $s, "
                + "available: 180}]}) { applied userErrors { code } } }", Map.of("s", sku)).path("applied").asInt()).isEqualTo(1);
        assertThat(graphql.error(tokenFor("supplier-system"), SUBMIT_NOTHING, Map.of())).isEqualTo("FORBIDDEN");
    }

    @Test
    void only_staff_are_told_they_may_add_partners_and_see_other_partners() {
        JsonNode staff = viewerCan("staff@canale.demo");
        assertThat(staff.path("createPartner").asBoolean()).isTrue();
        assertThat(staff.path("seeOtherPartners").asBoolean()).isTrue();
        JsonNode dealer = viewerCan("dealer@canale.demo");
        assertThat(dealer.path("createPartner").asBoolean()).isFalse();
        assertThat(dealer.path("seeOtherPartners").asBoolean()).isFalse();
        assertThat(graphql.error(tokenFor("dealer@canale.demo"), "mutation { createPartner(input: {type: DEALER, name: \"Intruso\"}) { "
                + "partner { id } } }", Map.of())).isEqualTo("FORBIDDEN");
    }

    @Test
    void only_staff_are_told_they_may_manage_any_partner_s_webhooks_and_both_hold() {
        String rossis = "{ webhookEndpoints(partnerId: \"ptn_rossi_auto\") { id } }";
        assertThat(viewerCan("staff@canale.demo").path("manageWebhooksOfAnyPartner").asBoolean()).isTrue();
        assertThat(graphql.data(tokenFor("staff@canale.demo"), rossis).path("webhookEndpoints").isArray()).isTrue();
        assertThat(viewerCan("dealer2@canale.demo").path("manageWebhooksOfAnyPartner").asBoolean()).isFalse();
        assertThat(graphql.error(tokenFor("dealer2@canale.demo"), rossis, Map.of())).isEqualTo("NOT_FOUND");
    }

    @Test
    void a_carrier_admin_may_give_a_new_client_exactly_the_scopes_it_is_offered() {
        JsonNode scopes = viewerCan("carrier@canale.demo").path("grantableClientScopes");
        List<String> offered = new ArrayList<>();
        scopes.forEach(scope -> offered.add(scope.asString()));
        assertThat(offered).containsExactly("partners:read", "orders:read", "orders:write", "service:read", "service:write");
        graphql.done(tokenFor("carrier@canale.demo"), "mutation($n: String!, $s: [String!]!) { createApiClient(input: {"
                + "partnerId: \"ptn_veloce_logistica\", name: $n, scopes: $s}) { clientSecret userErrors { field code } } }",
                Map.of("n", "TMS " + UUID.randomUUID(), "s", offered));
    }

    @Test
    void a_partner_system_is_offered_no_scopes_and_may_create_no_client() {
        assertThat(viewerCan("dealer-system").path("grantableClientScopes").size()).isZero();
        assertThat(graphql.error(tokenFor("dealer-system"), "mutation { createApiClient(input: {partnerId: \"ptn_rossi_auto\", "
                + "name: \"x\", scopes: [\"leads:read\"]}) { clientSecret } }", Map.of())).isEqualTo("FORBIDDEN");
    }

    private List<String> areas(String login) {
        List<String> areas = new ArrayList<>();
        graphql.data(tokenFor(login), VIEWER).at("/viewer/areas").forEach(area -> areas.add(area.asString()));
        return areas;
    }

    private JsonNode viewerCan(String login) {
        return graphql.data(tokenFor(login), VIEWER).at("/viewer/viewerCan");
    }
}
