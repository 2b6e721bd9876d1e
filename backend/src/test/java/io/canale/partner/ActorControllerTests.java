package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Actors of other partners read in the reader's language: the partner's type in words, the manufacturer by its
 * name; the {@code by}/{@code createdBy}/{@code updatedBy} texts are always the typed actor's name. (Who is shown
 * as what is the access matrix's business: {@code AccessRulesTests}.) A partner system reads as the name staff gave it.
 */
class ActorControllerTests extends IntegrationTestBase {

    static final String SKU = "FRN-PAD-001";
    static final String AUDIT = "{ product(sku: \"" + SKU + "\") { audit { updatedBy updater { kind name partnerType } } } "
            + "priceLists(first: 1) { edges { node { audit { createdBy creator { kind name partnerType } } } } } }";

    @Test
    void another_partner_is_named_by_its_type_in_the_readers_language_and_the_manufacturer_by_its_name() {
        int version = http.graphql(tokenFor("staff@canale.demo"), "{ product(sku: \"" + SKU + "\") { version } }")
                .at("/data/product/version").asInt();
        http.payload(tokenFor("supplier@canale.demo"),
                "mutation($input: UpdateProductDescriptionInput!) { updateProductDescription(input: $input) { product { sku } userErrors { code } } }",
                Map.of("input", Map.of("sku", SKU, "expectedVersion", version, "descriptions", Map.of("it", "Pastiglie", "en", "Pads"))));

        JsonNode english = read("en");
        assertThat(english.at("/product/audit/updater/kind").asString()).isEqualTo("PARTNER");
        assertThat(english.at("/product/audit/updater/partnerType").asString()).isEqualTo("SUPPLIER");
        assertThat(english.at("/product/audit/updater/name").asString()).isEqualTo("a supplier");
        assertThat(english.at("/product/audit/updatedBy").asString()).isEqualTo("a supplier");
        assertThat(read("it").at("/product/audit/updatedBy").asString()).isEqualTo("un fornitore");

        for (String language : new String[] {"en", "it"}) {
            JsonNode creator = read(language).at("/priceLists/edges/0/node/audit");
            assertThat(creator.at("/creator/kind").asString()).isEqualTo("PARTNER");
            assertThat(creator.at("/creator/partnerType").asString()).isEqualTo("MANUFACTURER");
            assertThat(creator.at("/creator/name").asString()).isEqualTo("Canale Manifattura S.p.A.");
            assertThat(creator.at("/createdBy").asString()).isEqualTo("Canale Manifattura S.p.A.");
        }
    }

    @Test
    void a_partner_system_is_named_in_words_in_the_readers_language_on_timelines_and_audit_stamps() {
        String leadId = http.payload(tokenFor("dealer-system"), "mutation($input: CreateLeadInput!) { createLead(input: $input) { "
                + "lead { id } userErrors { field code message } } }", Map.of("input", Map.of("idempotencyKey", "actor-words-" + UUID.randomUUID(),
                "contact", Map.of("name", "Actor Words", "email", "actor.words@example.com"),
                "address", Map.of("country", "IT", "region", "Lazio")))).at("/lead/id").asString();
        String lead = "{ lead(id: \"" + leadId + "\") { timeline { by actor { kind name } } audit { createdBy creator { kind name } } } }";

        JsonNode english = read("dealer@canale.demo", lead, "en").path("lead");
        assertThat(english.at("/audit/createdBy").asString()).isEqualTo("Rossi Auto DMS (partner system)");
        assertThat(english.at("/audit/creator/name").asString()).isEqualTo("Rossi Auto DMS (partner system)");
        assertThat(english.at("/timeline/0/by").asString()).isEqualTo("Rossi Auto DMS (partner system)");
        assertThat(read("staff@canale.demo", lead, "it").at("/lead/audit/createdBy").asString())
                .isEqualTo("Rossi Auto DMS (sistema del partner)");
    }

    @Test
    void an_activity_a_partner_system_logged_names_the_system_in_words_not_its_client_id() {
        JsonNode opportunity = http.graphql(tokenFor("dealer@canale.demo"), "{ opportunities(first: 1) { edges { node { id version } } } }")
                .at("/data/opportunities/edges/0/node");
        String id = opportunity.path("id").asString();
        http.payload(tokenFor("dealer-system"), "mutation($input: AddActivityInput!) { addActivity(input: $input) { "
                + "opportunity { id } userErrors { field code message } } }", Map.of("input", Map.of("id", id,
                "expectedVersion", opportunity.path("version").asInt(), "type", "CALL", "subject", "Called from the DMS")));
        String query = "{ opportunity(id: \"" + id + "\") { activities { subject by actor { kind name } } } }";

        for (String[] reading : new String[][] {{"en", "Rossi Auto DMS (partner system)"}, {"it", "Rossi Auto DMS (sistema del partner)"}}) {
            JsonNode logged = lastActivity(read("dealer@canale.demo", query, reading[0]));
            assertThat(logged.path("subject").asString()).isEqualTo("Called from the DMS");
            assertThat(logged.path("by").asString()).isEqualTo(reading[1]);
            assertThat(logged.at("/actor/kind").asString()).isEqualTo("PERSON");
            assertThat(logged.at("/actor/name").asString()).isEqualTo(reading[1]);
        }
    }

    private static JsonNode lastActivity(JsonNode data) {
        JsonNode activities = data.at("/opportunity/activities");
        return activities.get(activities.size() - 1);
    }

    private JsonNode read(String language) {
        return read("dealer@canale.demo", AUDIT, language);
    }

    private JsonNode read(String reader, String query, String language) {
        HttpResponse<String> response = http.graphqlRaw(tokenFor(reader), query, Map.of(), "application/json", language);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = Http.JSON.readTree(response.body());
        assertThat(json.path("errors").isMissingNode()).as(response.body()).isTrue();
        return json.path("data");
    }
}
