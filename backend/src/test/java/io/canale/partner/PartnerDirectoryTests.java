package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff manage the directory through the API; bad input is refused field by field and writes nothing. */
class PartnerDirectoryTests extends IntegrationTestBase {

    static final String CREATE = """
            mutation($input: CreatePartnerInput!) {
              createPartner(input: $input) {
                partner { id name type tier active version territory { countries regions } contacts { name email }
                          audit { createdBy createdAt updatedBy } }
                userErrors { field code message }
              }
            }""";
    static final String UPDATE = """
            mutation($input: UpdatePartnerInput!) {
              updatePartner(input: $input) { partner { id name tier version } userErrors { field code message } }
            }""";
    static final String DEACTIVATE = """
            mutation($input: PartnerStatusInput!) {
              deactivatePartner(input: $input) { partner { active version } userErrors { field code } }
            }""";


    @Test
    void staff_create_a_partner_with_audit_and_version() {
        JsonNode partner = create("Nuova Auto " + UUID.randomUUID(), List.of(Map.of("name", "Eva Neri",
                "email", "eva@nuova.demo", "phone", "+39 06 555 0199"))).at("/data/createPartner/partner");
        assertThat(partner.path("id").asString()).startsWith("ptn_");
        assertThat(partner.path("tier").asString()).isEqualTo("STANDARD");
        assertThat(partner.path("active").asBoolean()).isTrue();
        assertThat(partner.path("version").asInt()).isZero();
        assertThat(partner.at("/audit/createdBy").asString()).isEqualTo("staff@canale.demo");
        assertThat(partner.at("/contacts/0/email").asString()).isEqualTo("eva@nuova.demo");
    }

    @Test
    void invalid_fields_come_back_as_user_errors_with_paths_and_nothing_is_written() {
        String name = "Invalid " + UUID.randomUUID();
        JsonNode payload = http.graphql(tokenFor("staff@canale.demo"), CREATE, Map.of("input", Map.of("type", "DEALER", "name", name,
                "contacts", List.of(Map.of("name", "Ok", "email", "not-an-email"), Map.of("name", " ", "phone", "abc")))))
                .at("/data/createPartner");
        assertThat(payload.path("partner").isNull()).isTrue();
        assertThat(payload.path("userErrors").toString())
                .contains("[\"input\",\"contacts\",\"0\",\"email\"]", "[\"input\",\"contacts\",\"1\",\"name\"]",
                        "[\"input\",\"contacts\",\"1\",\"phone\"]", "INVALID", "REQUIRED");
        assertThat(named(name).size()).as("nothing written").isZero();
        String valid = "Valid " + UUID.randomUUID();
        create(valid, List.of());
        assertThat(named(valid).size()).as("a valid partner is written and found the same way").isEqualTo(1);
    }

    @Test
    void a_duplicate_name_is_refused_ignoring_case() {
        String name = "Duplicato " + UUID.randomUUID();
        create(name, List.of());
        JsonNode again = create(name.toUpperCase(), List.of()).at("/data/createPartner");
        assertThat(again.at("/userErrors/0/code").asString()).isEqualTo("DUPLICATE");
        assertThat(again.at("/userErrors/0/field").toString()).isEqualTo("[\"input\",\"name\"]");
    }

    @Test
    void an_update_based_on_a_stale_version_is_a_version_conflict() {
        JsonNode partner = create("Versioni " + UUID.randomUUID(), List.of()).at("/data/createPartner/partner");
        String id = partner.path("id").asString();
        JsonNode first = http.graphql(tokenFor("staff@canale.demo"), UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 0,
                "name", "Versioni rinominato " + UUID.randomUUID(), "tier", "GOLD"))).at("/data/updatePartner");
        assertThat(first.at("/partner/version").asInt()).isEqualTo(1);
        JsonNode stale = http.graphql(tokenFor("staff@canale.demo"), UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 0,
                "name", "Too late", "tier", "SILVER"))).at("/data/updatePartner");
        assertThat(stale.at("/userErrors/0/code").asString()).isEqualTo("VERSION_CONFLICT");
        JsonNode stored = http.graphql(tokenFor("staff@canale.demo"), "query($id: ID!) { partner(id: $id) { tier version } }", Map.of("id", id));
        assertThat(stored.at("/data/partner/tier").asString()).isEqualTo("GOLD");
    }

    @Test
    void deactivating_twice_is_an_illegal_state() {
        String id = create("Chiusa " + UUID.randomUUID(), List.of()).at("/data/createPartner/partner/id").asString();
        assertThat(http.graphql(tokenFor("staff@canale.demo"), DEACTIVATE, Map.of("input", Map.of("id", id, "expectedVersion", 0)))
                .at("/data/deactivatePartner/partner/active").asBoolean()).isFalse();
        assertThat(http.graphql(tokenFor("staff@canale.demo"), DEACTIVATE, Map.of("input", Map.of("id", id, "expectedVersion", 1)))
                .at("/data/deactivatePartner/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void the_directory_pages_by_name_without_gaps_or_repeats() {
        List<String> names = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonNode page = http.graphql(tokenFor("staff@canale.demo"), "query($after: String) { partners(first: 7, after: $after) { "
                    + "edges { node { name } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after)).at("/data/partners");
            page.path("edges").forEach(edge -> names.add(edge.at("/node/name").asString()));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null);
        assertThat(names).hasSizeGreaterThanOrEqualTo(46).doesNotHaveDuplicates();
        assertThat(names).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void filters_narrow_the_list() {
        JsonNode carriers = http.graphql(tokenFor("staff@canale.demo"), "{ partners(first: 100, filter: {type: CARRIER}) { edges { node { name type } } } }");
        assertThat(carriers.at("/data/partners/edges").size()).isPositive();
        carriers.at("/data/partners/edges").forEach(edge -> assertThat(edge.at("/node/type").asString()).isEqualTo("CARRIER"));
        JsonNode swiss = http.graphql(tokenFor("staff@canale.demo"), "{ partners(filter: {country: \"CH\"}) { edges { node { name } } } }");
        assertThat(swiss.at("/data/partners/edges/0/node/name").asString()).isEqualTo("Veloce Logistica");
    }

    @Test
    void deactivating_a_partner_stops_its_systems_getting_tokens() {
        String id = create("Spenta " + UUID.randomUUID(), List.of()).at("/data/createPartner/partner/id").asString();
        JsonNode created = http.payload(tokenFor("staff@canale.demo"), """
                mutation($p: ID!) { createApiClient(input: {partnerId: $p, name: "DMS", scopes: ["leads:read"]}) {
                  apiClient { clientId } clientSecret userErrors { code } } }""", Map.of("p", id));
        String clientId = created.at("/apiClient/clientId").asString();
        String secret = created.path("clientSecret").asString();
        assertThat(http.clientToken(clientId, secret, null).path("access_token").asString()).isNotBlank();

        http.payload(tokenFor("staff@canale.demo"), DEACTIVATE, Map.of("input", Map.of("id", id, "expectedVersion", 0)));
        assertThat(http.clientToken(clientId, secret, null).path("error").asString()).isEqualTo("invalid_client");
    }

    /** The partners whose name contains the text, as staff search for them. */
    private JsonNode named(String text) {
        return http.graphql(tokenFor("staff@canale.demo"), "query($n: String) { partners(filter: {nameContains: $n}) { edges { node { id } } } }",
                Map.of("n", text)).at("/data/partners/edges");
    }

    private JsonNode create(String name, List<Map<String, String>> contacts) {
        return http.graphql(tokenFor("staff@canale.demo"), CREATE, Map.of("input", Map.of("type", "DEALER", "name", name,
                "territory", Map.of("countries", List.of("IT"), "regions", List.of("Lazio")), "contacts", contacts)));
    }
}
