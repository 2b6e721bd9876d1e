package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.catalog.Catalog;
import io.canale.shared.Actor;
import io.canale.shared.Ids;
import io.canale.shared.Money;
import io.canale.support.IntegrationTestBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Reordering a past order as a new draft, and the dealer's saved delivery addresses. */
class ReorderAndAddressTests extends IntegrationTestBase {

    private static final String REORDER = "mutation($id: ID!) { reorderAsDraft(input: {orderId: $id}) { draft { id status "
            + "lines { sku quantity } requestedDate deliveryAddress { recipient city } endCustomer { name } } "
            + "notReordered { sku name quantity code } userErrors { field code message } } }";
    private static final String BOOK = "{ deliveryAddressBook { addresses { id isDefault address { recipient city } } suggested { recipient city } } }";
    private static final String SAVE = "mutation($input: SaveDeliveryAddressInput!) { saveDeliveryAddress(input: $input) { "
            + "book { addresses { id isDefault address { recipient city } } suggested { recipient } } userErrors { field code message } } }";
    private static final String DEFAULT = "mutation($id: ID!) { setDefaultDeliveryAddress(input: {id: $id}) { "
            + "book { suggested { recipient } } userErrors { field code } } }";
    private static final String REMOVE = "mutation($id: ID!) { removeDeliveryAddress(input: {id: $id}) { "
            + "book { addresses { id } suggested { recipient } } userErrors { field code } } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    Catalog catalog;

    @Test
    void a_reorder_copies_the_orderable_lines_into_a_new_draft_and_reports_the_others() {
        catalog.ensureProduct("TST-OLD-001", "Vecchio articolo", "Old article", "Ricambi", "ptn_ferri_componenti");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("TST-OLD-001")), Update.update("active", false), "products");
        String orderId = storedOrder(List.of(line(1, "FRN-PAD-001", 4), line(2, "TST-OLD-001", 1), line(3, "GONE-404", 2)));

        JsonNode payload = http.payload(tokenFor("dealer@canale.demo"), REORDER, Map.of("id", orderId));
        JsonNode draft = payload.path("draft");
        assertThat(draft.path("status").asString()).isEqualTo("OPEN");
        assertThat(draft.path("lines").toString()).isEqualTo("[{\"sku\":\"FRN-PAD-001\",\"quantity\":4}]");
        assertThat(draft.at("/deliveryAddress/recipient").asString()).isEqualTo("Rossi Auto");
        assertThat(draft.path("requestedDate").isNull()).isTrue();
        assertThat(draft.path("endCustomer").isNull()).as("a new order names its own end customer").isTrue();
        assertThat(payload.path("notReordered").findValuesAsString("sku")).containsExactly("TST-OLD-001", "GONE-404");
        assertThat(payload.path("notReordered").findValuesAsString("code")).containsExactly("ILLEGAL_STATE", "NOT_FOUND");
    }

    @Test
    void only_the_ordering_dealer_reorders_others_are_told_the_order_does_not_exist() {
        String orderId = storedOrder(List.of(line(1, "FRN-PAD-001", 1)));
        JsonNode foreign = http.userErrors(tokenFor("dealer2@canale.demo"), REORDER, Map.of("id", orderId));
        assertThat(foreign.findValuesAsString("code")).containsExactly("NOT_FOUND");
        JsonNode nothingLeft = http.userErrors(tokenFor("dealer@canale.demo"), REORDER,
                Map.of("id", storedOrder(List.of(line(1, "GONE-404", 1)))));
        assertThat(nothingLeft.findValuesAsString("code")).containsExactly("ILLEGAL_STATE");
    }

    @Test
    void a_dealer_keeps_addresses_with_a_default_and_the_last_used_one_is_suggested_without() {
        String bianchi = tokenFor("dealer2@canale.demo");
        Map<String, Object> verona = Map.of("recipient", "Bianchi Moto – negozio", "street", "Corso Porta Nuova 5", "postalCode", "37122",
                "city", "Verona", "country", "IT");
        Map<String, Object> padova = Map.of("recipient", "Bianchi Moto – deposito", "street", "Via Venezia 12", "postalCode", "35131",
                "city", "Padova", "country", "IT");
        JsonNode first = http.payload(bianchi, SAVE, Map.of("input", Map.of("address", verona))).path("book");
        String veronaId = idOf(first, "Verona");
        JsonNode second = http.payload(bianchi, SAVE, Map.of("input", Map.of("address", padova))).path("book");
        String padovaId = idOf(second, "Padova");
        assertThat(second.at("/suggested/recipient").asString()).as("the first saved is the default").isEqualTo("Bianchi Moto – negozio");
        JsonNode again = http.payload(bianchi, SAVE, Map.of("input", Map.of("address", padova))).path("book");
        assertThat(again.path("addresses").size()).as("an equal address is not saved twice").isEqualTo(second.path("addresses").size());

        assertThat(http.payload(bianchi, DEFAULT, Map.of("id", padovaId)).at("/book/suggested/recipient").asString())
                .isEqualTo("Bianchi Moto – deposito");
        assertThat(http.userErrors(bianchi, DEFAULT, Map.of("id", "adr_not_mine")).findValuesAsString("code")).containsExactly("NOT_FOUND");
        // Another dealer's book is its own: Rossi does not see Bianchi's addresses.
        assertThat(http.graphql(tokenFor("dealer@canale.demo"), BOOK).at("/data/deliveryAddressBook/addresses").toString())
                .doesNotContain("Padova");

        // Without a default, the address the last order went to is suggested.
        http.payload(bianchi, REMOVE, Map.of("id", padovaId));
        http.payload(bianchi, REMOVE, Map.of("id", veronaId));
        http.payload(bianchi, "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { orders { id } userErrors { code } } }",
                Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)), "requestedDate", "2099-03-01",
                        "deliveryAddress", Map.of("recipient", "Officina Bianchi", "street", "Via Mazzini 3", "postalCode", "37121",
                                "city", "Verona", "country", "IT"))));
        assertThat(http.graphql(bianchi, BOOK).at("/data/deliveryAddressBook/suggested/recipient").asString()).isEqualTo("Officina Bianchi");
        http.expectError("FORBIDDEN", tokenFor("supplier@canale.demo"), BOOK);
        JsonNode invalid = http.userErrors(bianchi, SAVE, Map.of("input", Map.of("address", Map.of("recipient", " ", "street", "x",
                "postalCode", "1", "city", "y", "country", "IT"))));
        assertThat(invalid.toString()).contains("[\"input\",\"address\",\"recipient\"]");
    }

    private static String idOf(JsonNode book, String city) {
        for (JsonNode saved : book.path("addresses")) {
            if (saved.at("/address/city").asString().equals(city)) {
                return saved.path("id").asString();
            }
        }
        throw new AssertionError("no " + city + " in " + book);
    }

    private static OrderLine line(int number, String sku, int quantity) {
        return new OrderLine(number, sku, sku, quantity, new Money(new BigDecimal("10.00"), "EUR"), null, null, null);
    }

    /** An order of Rossi to Ferri stored as an older version would have left it (products since withdrawn). */
    private String storedOrder(List<OrderLine> lines) {
        String id = Ids.next("ord");
        Order order = Order.submit(id, id, "ptn_rossi_auto", "ptn_ferri_componenti", lines, "2099-01-15",
                new OrderParties.DeliveryAddress("Rossi Auto", "Via Roma 1", "20100", "Milano", "IT"),
                new OrderParties.EndCustomer("Laura Neri", null, null), Actor.SYSTEM, Instant.now()).numbered(null, "it");
        order.partyNames("Rossi Auto", "Ferri Componenti"); // as a submission stores them: other tests list orders by these keys
        mongo.insert(order);
        return id;
    }
}
