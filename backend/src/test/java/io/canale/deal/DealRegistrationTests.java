package io.canale.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deal registration over HTTP with the two demo dealers' real tokens, and staff deciding. */
class DealRegistrationTests extends IntegrationTestBase {

    static final String FIELDS = "id status version dealer { id } expectedValue { amount currency } expectedCloseDate protectedUntil "
            + "conflict { rule explanation earlierRegistrationId earlierDealer { id name } } timeline { event }";
    static final String REGISTER = "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { dealRegistration { "
            + FIELDS + " } userErrors { field code message } } }";
    static final String APPROVE = "mutation($id: ID!, $v: Int!) { approveDealRegistration(input: {id: $id, expectedVersion: $v}) { "
            + "dealRegistration { " + FIELDS + " } userErrors { field code } } }";
    static final String REJECT = "mutation($id: ID!, $v: Int!, $r: String) { rejectDealRegistration(input: {id: $id, expectedVersion: $v, reason: $r}) { "
            + "dealRegistration { status } userErrors { field code } } }";

    @Test
    void a_second_dealer_claiming_the_same_customer_goes_to_review_with_a_reason_that_names_nobody() {
        String vat = "IT0" + (long) (Math.random() * 1e10);
        JsonNode first = register("dealer@canale.demo", "Verdi Costruzioni S.r.l.", vat, "Furgoni");
        assertThat(first.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.path("conflict").isNull()).isTrue();

        JsonNode second = register("dealer2@canale.demo", "VERDI COSTRUZIONI SRL", vat.substring(2), "furgoni");
        assertThat(second.path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(second.at("/conflict/rule").asString()).isEqualTo("SAME_VAT_NUMBER");
        assertThat(second.at("/conflict/explanation").asString()).contains("Another dealer").doesNotContain("Rossi");
        assertThat(second.at("/conflict/earlierDealer").isNull()).isTrue();
        assertThat(second.at("/conflict/earlierRegistrationId").isNull()).isTrue();
        JsonNode italian = io.canale.support.Http.json(http.graphqlRaw(tokenFor("dealer2@canale.demo"),
                "query($id: ID!) { dealRegistration(id: $id) { conflict { explanation } } }", Map.of("id", second.path("id").asString()),
                "application/json", "it")).at("/data/dealRegistration/conflict/explanation");
        assertThat(italian.asString()).startsWith("Un altro dealer ha registrato la stessa partita IVA");

        JsonNode asStaff = http.graphql(tokenFor("staff@canale.demo"), "query($id: ID!) { dealRegistration(id: $id) { " + FIELDS + " } }",
                Map.of("id", second.path("id").asString())).at("/data/dealRegistration");
        assertThat(asStaff.at("/conflict/earlierRegistrationId").asString()).isEqualTo(first.path("id").asString());
        assertThat(asStaff.at("/conflict/earlierDealer/name").asString()).isEqualTo("Rossi Auto");
    }

    @Test
    void the_same_company_for_another_product_line_is_no_conflict() {
        String company = "Azienda " + UUID.randomUUID();
        register("dealer@canale.demo", company, null, "Furgoni");
        assertThat(register("dealer2@canale.demo", company, null, "Scooter").path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(register("dealer@canale.demo", company, null, "Moto").path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(register("dealer2@canale.demo", company.toUpperCase() + " spa", null, "Furgoni").at("/conflict/rule").asString())
                .isEqualTo("SAME_COMPANY_NAME");
    }

    @Test
    void a_dealer_registering_the_same_company_and_product_line_twice_is_told_which_registration_it_has() {
        String company = "Doppia " + UUID.randomUUID();
        String vat = "IT0" + (long) (Math.random() * 1e10);
        JsonNode first = register("dealer@canale.demo", company, vat, "Furgoni");

        JsonNode again = http.userErrors(tokenFor("dealer@canale.demo"), REGISTER,
                Map.of("input", input(company.toUpperCase() + " S.r.l.", null, "FURGONI")));
        assertThat(again.at("/0/code").asString()).isEqualTo("DUPLICATE");
        assertThat(again.at("/0/field").toString()).isEqualTo("[\"input\",\"customerName\"]");
        assertThat(again.at("/0/message").asString()).contains(first.path("id").asString(), "Furgoni");
        JsonNode sameVat = http.userErrors(tokenFor("dealer@canale.demo"), REGISTER,
                Map.of("input", input("Altro nome " + UUID.randomUUID(), vat, "Furgoni")));
        assertThat(sameVat.at("/0/code").asString()).isEqualTo("DUPLICATE");

        http.graphql(tokenFor("staff@canale.demo"), REJECT, Map.of("id", first.path("id").asString(), "v", 0, "r", "not ours"));
        assertThat(register("dealer@canale.demo", company, vat, "Furgoni").path("status").asString())
                .as("a rejected registration may be made again").isEqualTo("SUBMITTED");
    }

    @Test
    void the_approval_says_until_when_in_the_readers_language_and_time_zone() {
        JsonNode deal = register("dealer@canale.demo", "Fuso " + UUID.randomUUID(), null, "Moto");
        http.graphql(tokenFor("staff@canale.demo"), APPROVE, Map.of("id", deal.path("id").asString(), "v", 0));
        String query = "query($id: ID!) { dealRegistration(id: $id) { timeline { event summary } } }";
        String body = io.canale.support.Http.JSON.writeValueAsString(Map.of("query", query, "variables", Map.of("id", deal.path("id").asString())));
        JsonNode timeline = io.canale.support.Http.json(http.exchange("POST", "/graphql", tokenFor("dealer@canale.demo"), "application/json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Accept", "application/json", "Accept-Language", "it", "Time-Zone", "Pacific/Auckland"))).at("/data/dealRegistration/timeline");
        String approved = timeline.get(timeline.size() - 1).path("summary").asString();
        assertThat(approved).startsWith("Approvata; protetta fino al ").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        java.time.Instant until = java.time.Instant.parse(http.graphql(tokenFor("dealer@canale.demo"),
                "query($id: ID!) { dealRegistration(id: $id) { protectedUntil } }", Map.of("id", deal.path("id").asString()))
                .at("/data/dealRegistration/protectedUntil").asString());
        assertThat(approved).endsWith(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.ITALIAN).withZone(java.time.ZoneId.of("Pacific/Auckland"))
                .format(until));
    }

    @Test
    void staff_approve_with_a_protection_period_and_a_rejection_needs_a_reason() {
        JsonNode deal = register("dealer@canale.demo", "Protetta " + UUID.randomUUID(), null, "Moto");
        http.expectError("FORBIDDEN", tokenFor("dealer@canale.demo"), APPROVE, Map.of("id", deal.path("id").asString(), "v", 0));

        JsonNode approved = http.graphql(tokenFor("staff@canale.demo"), APPROVE, Map.of("id", deal.path("id").asString(), "v", 0))
                .at("/data/approveDealRegistration/dealRegistration");
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("protectedUntil").asString()).startsWith("20");
        JsonNode again = http.graphql(tokenFor("staff@canale.demo"), REJECT, Map.of("id", deal.path("id").asString(), "v", 1, "r", "no"))
                .at("/data/rejectDealRegistration");
        assertThat(again.at("/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");

        JsonNode other = register("dealer2@canale.demo", "Respinta " + UUID.randomUUID(), null, "Moto");
        JsonNode noReason = http.graphql(tokenFor("staff@canale.demo"), REJECT, Map.of("id", other.path("id").asString(), "v", 0))
                .at("/data/rejectDealRegistration");
        assertThat(noReason.at("/userErrors/0/field").toString()).isEqualTo("[\"input\",\"reason\"]");
    }

    @Test
    void bad_values_are_refused_with_paths() {
        JsonNode refused = http.graphql(tokenFor("dealer@canale.demo"), REGISTER, Map.of("input", Map.of("customerName", "",
                "productLine", "Auto", "expectedValue", Map.of("amount", "-5.123", "currency", "EURO"), "expectedCloseDate", "2020-01-01")))
                .at("/data/registerDeal");
        assertThat(refused.path("dealRegistration").isNull()).isTrue();
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"customerName\"]",
                "[\"input\",\"expectedValue\",\"amount\"]", "[\"input\",\"expectedValue\",\"currency\"]",
                "[\"input\",\"expectedCloseDate\"]");
    }

    @Test
    void other_partners_cannot_see_or_register() {
        JsonNode deal = register("dealer@canale.demo", "Riservata " + UUID.randomUUID(), null, "Auto");
        String byId = "query($id: ID!) { dealRegistration(id: $id) { id } }";
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), byId, Map.of("id", deal.path("id").asString()))
                .at("/data/dealRegistration/id").asString()).isEqualTo(deal.path("id").asString());
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), byId, Map.of("id", deal.path("id").asString()))
                .at("/data/dealRegistration").isNull()).isTrue();
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), "{ dealRegistrations { edges { node { id } } } }");
        http.expectError("FORBIDDEN", tokenFor("staff@canale.demo"), REGISTER, Map.of("input", input("X", null, "Auto")));
    }

    private JsonNode register(String login, String customer, String vat, String productLine) {
        return http.payload(tokenFor(login), REGISTER, Map.of("input", input(customer, vat, productLine))).path("dealRegistration");
    }

    private static Map<String, Object> input(String customer, String vat, String productLine) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("customerName", customer, "productLine", productLine,
                "expectedValue", Map.of("amount", "25000.00", "currency", "EUR"), "expectedCloseDate", "2099-03-31"));
        if (vat != null) {
            input.put("vatNumber", vat);
        }
        return input;
    }
}
