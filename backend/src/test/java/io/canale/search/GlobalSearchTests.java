package io.canale.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Global search over HTTP, attacked with every audience's real token: each kind shows only what the caller could
 * list there, and the words match regardless of case and accents.
 */
class GlobalSearchTests extends IntegrationTestBase {

    static final String SEARCH = """
            query($t: String!) { search(text: $t) { text
              leads(first: 100) { edges { node { id contact { name } } } }
              opportunities(first: 100) { edges { node { id name } } }
              orders(first: 100) { edges { node { id endCustomer { name } } } }
              partners(first: 100) { edges { node { id name } } }
              products(first: 100) { edges { node { sku } } } } }""";

    static final String DEALER = "dealer@canale.demo";
    static final String DEALER2 = "dealer2@canale.demo";
    static final String SUPPLIER = "supplier@canale.demo";
    static final String SUPPLIER2 = "supplier2@canale.demo";
    static final String CARRIER = "carrier@canale.demo";
    static final String STAFF = "staff@canale.demo";

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    JsonNode search(String login, String text) {
        return http.graphql(tokenFor(login), SEARCH, Map.of("t", text)).at("/data/search");
    }

    static List<String> ids(JsonNode results, String kind) {
        return results.path(kind).path("edges").findValuesAsString("id");
    }

    String dealerLead(String login, String name, String company, String email) {
        return http.payload(tokenFor(login), "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field code } } }",
                Map.of("input", Map.of("contact", Map.of("name", name, "email", email), "company", Map.of("name", company),
                        "address", Map.of("country", "IT")))).at("/lead/id").asString();
    }

    /** A dealer's order to Ferri Componenti with this end customer. */
    String ferriOrder(String endCustomer) {
        JsonNode orders = http.payload(tokenFor(DEALER), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } "
                + "userErrors { field code message } } }", Map.of("input", Map.of(
                        "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)),
                        "requestedDate", "2099-01-15",
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                                "city", "Milano", "country", "IT"),
                        "endCustomer", Map.of("name", endCustomer, "email", "cliente." + tag + "@example.com")))).path("orders");
        return orders.get(0).path("id").asString();
    }

    @Test
    void a_dealer_finds_its_lead_by_name_company_or_email_ignoring_case_and_accents() {
        String lead = dealerLead(DEALER, "Lucía Ferrándo " + tag, "Officina Ünterberg " + tag, "lucia." + tag + "@example.com");
        assertThat(ids(search(DEALER, "lucia ferrando " + tag), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "LUCÍA " + tag.toUpperCase()), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "unterberg " + tag), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "lucia." + tag + "@example"), "leads")).containsExactly(lead);
        assertThat(search(DEALER, "Lucía  " + tag).path("text").asString()).isEqualTo("lucia " + tag);
    }

    @Test
    void another_dealer_never_finds_a_dealers_lead_and_staff_do() {
        String lead = dealerLead(DEALER, "Marta Conti " + tag, "Conti Srl " + tag, "marta." + tag + "@example.com");
        JsonNode other = search(DEALER2, tag);
        assertThat(ids(other, "leads")).isEmpty();
        assertThat(ids(search("dealer2-system", tag), "leads")).isEmpty();
        assertThat(ids(search(STAFF, tag), "leads")).containsExactly(lead);
        assertThat(ids(search(SUPPLIER, tag), "leads")).as("suppliers read no leads").isEmpty();
    }

    @Test
    void every_word_must_match_somewhere_in_the_record() {
        String lead = dealerLead(DEALER, "Paolo Verdi " + tag, "Ricambi Nord", "p." + tag + "@example.com");
        assertThat(ids(search(DEALER, "verdi nord " + tag), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "verdi sud " + tag), "leads")).isEmpty();
    }

    @Test
    void a_supplier_finds_its_order_by_id_but_never_by_the_end_customer_it_may_not_see() {
        String order = ferriOrder("Giulia Bellàvista " + tag);
        assertThat(ids(search(DEALER, "bellavista " + tag), "orders")).containsExactly(order);
        assertThat(ids(search(STAFF, "bellavista " + tag), "orders")).containsExactly(order);
        assertThat(ids(search(SUPPLIER, "bellavista " + tag), "orders")).as("the end customer is the dealer's").isEmpty();
        assertThat(ids(search(SUPPLIER, "cliente." + tag), "orders")).as("nor its e-mail").isEmpty();
        JsonNode byId = search(SUPPLIER, order.substring(order.length() - 10));
        assertThat(ids(byId, "orders")).containsExactly(order);
        assertThat(byId.at("/orders/edges/0/node/endCustomer").isNull()).isTrue();
        assertThat(ids(search(SUPPLIER2, order.substring(order.length() - 10)), "orders")).as("another supplier's order").isEmpty();
        assertThat(ids(search(DEALER2, order.substring(order.length() - 10)), "orders")).as("another dealer's order").isEmpty();
    }

    @Test
    void an_order_is_found_by_its_number_by_those_who_may_read_it_only() {
        String order = ferriOrder("Numero " + tag);
        String number = http.graphql(tokenFor(DEALER), "query($id: ID!) { order(id: $id) { number } }", Map.of("id", order))
                .at("/data/order/number").asString();
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(ids(search(DEALER, number), "orders")).containsExactly(order);
        assertThat(ids(search(SUPPLIER, number), "orders")).containsExactly(order);
        assertThat(ids(search(SUPPLIER2, number), "orders")).as("another supplier's order").isEmpty();
        assertThat(ids(search(DEALER2, number), "orders")).as("another dealer's order").isEmpty();
    }

    @Test
    void a_carrier_finds_no_orders_leads_or_products_and_no_error() {
        String order = ferriOrder("Carla Rinaldi " + tag);
        JsonNode found = search(CARRIER, order.substring(order.length() - 10));
        assertThat(ids(found, "orders")).isEmpty();
        assertThat(ids(found, "leads")).isEmpty();
        assertThat(found.path("products").path("edges").isEmpty()).isTrue();
    }

    @Test
    void partners_are_found_among_those_the_caller_may_list() {
        assertThat(ids(search(STAFF, "bianchi"), "partners")).contains("ptn_bianchi_moto");
        assertThat(ids(search(DEALER, "bianchi"), "partners")).as("another dealer").isEmpty();
        assertThat(ids(search(DEALER, "rossi"), "partners")).containsExactly("ptn_rossi_auto");
        assertThat(ids(search(SUPPLIER, "rossi"), "partners")).isEmpty();
    }

    @Test
    void products_are_found_in_the_readers_language() {
        assertThat(skus("pastiglie", "it")).contains("FRN-PAD-001");
        assertThat(skus("pastiglie", "en")).doesNotContain("FRN-PAD-001");
        assertThat(skus("brake", "en")).contains("FRN-PAD-001");
        assertThat(skus("dsc-0", "it")).containsExactly("FRN-DSC-002");
    }

    List<String> skus(String text, String language) {
        JsonNode response = Http.json(http.graphqlRaw(tokenFor(DEALER), "query($t: String!) { search(text: $t) { products(first: 100) "
                + "{ edges { node { sku } } } } }", Map.of("t", text), "application/json", language));
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.at("/data/search/products/edges").findValuesAsString("sku");
    }

    @Test
    void pattern_characters_are_searched_for_as_typed() {
        String lead = dealerLead(DEALER, "Parentesi (" + tag + ") [x]", "Punto.Com", "p." + tag + "@example.com");
        assertThat(ids(search(DEALER, "(" + tag + ")"), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, ".*" + tag), "leads")).as("not a pattern").isEmpty();
        assertThat(ids(search(DEALER, "parentesi[" + tag), "leads")).isEmpty();
        assertThat(ids(search(DEALER, "punto.com " + tag), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "punto com " + tag), "leads")).containsExactly(lead);
        assertThat(ids(search(DEALER, "punto?com " + tag), "leads")).isEmpty();
        assertThat(search(STAFF, "\\E.*" + tag).path("orders").path("edges").isEmpty()).isTrue();
    }

    @Test
    void blank_text_finds_nothing() {
        JsonNode found = search(STAFF, "   ");
        assertThat(ids(found, "leads")).isEmpty();
        assertThat(ids(found, "partners")).isEmpty();
        assertThat(found.path("products").path("edges").isEmpty()).isTrue();
    }

    @Test
    void text_over_the_bounds_is_refused() {
        http.expectError("BAD_USER_INPUT", tokenFor(STAFF), SEARCH, Map.of("t", "x".repeat(101)));
        http.expectError("BAD_USER_INPUT", tokenFor(STAFF), SEARCH, Map.of("t", "a b c d e f g h i"));
    }

    @Test
    void each_kind_pages_on_its_own() {
        String first = dealerLead(DEALER, "Pagina Uno " + tag, "Pagine Srl", "uno." + tag + "@example.com");
        String second = dealerLead(DEALER, "Pagina Due " + tag, "Pagine Srl", "due." + tag + "@example.com");
        String page = "query($t: String!, $a: String) { search(text: $t) { leads(first: 1, after: $a) { edges { node { id } } "
                + "pageInfo { hasNextPage endCursor } } } }";
        JsonNode one = http.graphql(tokenFor(DEALER), page, Map.of("t", tag)).at("/data/search/leads");
        assertThat(one.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode two = http.graphql(tokenFor(DEALER), page, Map.of("t", tag, "a", one.at("/pageInfo/endCursor").asString()))
                .at("/data/search/leads");
        assertThat(List.of(one.at("/edges/0/node/id").asString(), two.at("/edges/0/node/id").asString())).containsExactly(second, first);
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), "query($a: String) { leads(first: 1, after: $a) { edges { node { id } } } }",
                Map.of("a", one.at("/pageInfo/endCursor").asString()));
    }
}
