package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An order draft's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens. */
class OrderDraftViewerCanTests extends IntegrationTestBase {

    static final String FIELDS = "id version status viewerCan { edit submit delete }";
    static final String DRAFT = "query($id: ID!) { orderDraft(id: $id) { " + FIELDS + " } }";
    static final String SAVE = "mutation($id: ID, $v: Int) { saveOrderDraft(input: {id: $id, expectedVersion: $v, "
            + "lines: [{sku: \"FRN-PAD-001\", quantity: 3}], requestedDate: \"2099-03-01\", deliveryAddress: {recipient: \"Rossi Auto\", "
            + "street: \"Via Roma 1\", postalCode: \"20100\", city: \"Milano\", country: \"IT\"}}) { draft { " + FIELDS + " } "
            + "userErrors { field code } } }";
    static final String SUBMIT = "mutation($id: ID!, $v: Int!) { submitOrderDraft(input: {id: $id, expectedVersion: $v}) { "
            + "orders { id } userErrors { field code } } }";
    static final String DELETE = "mutation($id: ID!, $v: Int!) { deleteOrderDraft(input: {id: $id, expectedVersion: $v}) { "
            + "deletedId userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void the_dealer_is_told_it_may_edit_submit_and_delete_its_open_draft_and_does() {
        JsonNode draft = draft(dealer(), newDraft());
        assertThat(draft.path("viewerCan").toString()).isEqualTo("{\"edit\":true,\"submit\":true,\"delete\":true}");
        JsonNode edited = graphql.done(dealer(), SAVE, versionOf(draft)).path("draft");
        graphql.done(dealer(), DELETE, versionOf(edited));

        JsonNode another = newDraft();
        assertThat(graphql.done(dealer(), SUBMIT, versionOf(another)).path("orders").size()).isEqualTo(1);
    }

    @Test
    void a_submitted_draft_is_told_closed_to_every_change_and_is() {
        JsonNode draft = newDraft();
        graphql.done(dealer(), SUBMIT, versionOf(draft));
        JsonNode submitted = draft(dealer(), draft);
        assertThat(submitted.path("viewerCan").toString()).isEqualTo("{\"edit\":false,\"submit\":false,\"delete\":false}");
        assertThat(graphql.refused(dealer(), SAVE, versionOf(submitted))).isEqualTo("ILLEGAL_STATE");
        assertThat(graphql.refused(dealer(), DELETE, versionOf(submitted))).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void another_dealer_does_not_see_the_draft_and_may_not_delete_it() {
        JsonNode draft = newDraft();
        String other = tokenFor("dealer2@canale.demo");
        assertThat(graphql.data(other, DRAFT, Map.of("id", draft.path("id").asString())).path("orderDraft").isNull()).isTrue();
        assertThat(graphql.refused(other, DELETE, versionOf(draft))).isEqualTo("NOT_FOUND");
        assertThat(draft(dealer(), draft).path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void staff_see_the_draft_are_told_they_may_not_change_it_and_may_not() {
        JsonNode draft = draft(tokenFor("staff@canale.demo"), newDraft());
        assertThat(draft.path("viewerCan").toString()).isEqualTo("{\"edit\":false,\"submit\":false,\"delete\":false}");
        assertThat(graphql.error(tokenFor("staff@canale.demo"), SUBMIT, versionOf(draft))).isEqualTo("FORBIDDEN");
    }

    private JsonNode newDraft() {
        JsonNode draft = graphql.done(dealer(), SAVE, Map.of()).path("draft");
        assertThat(draft.path("status").asString()).isEqualTo("OPEN");
        return draft;
    }

    private JsonNode draft(String token, JsonNode draft) {
        JsonNode seen = graphql.data(token, DRAFT, Map.of("id", draft.path("id").asString())).path("orderDraft");
        assertThat(seen.isObject()).as("the draft is visible").isTrue();
        return seen;
    }

    private static Map<String, Object> versionOf(JsonNode draft) {
        return Map.of("id", draft.path("id").asString(), "v", draft.path("version").asInt());
    }

    private String dealer() {
        return tokenFor("dealer@canale.demo");
    }
}
