package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A partner's {@code viewerCan} and what the directory and organisation mutations do agree, over HTTP. */
class PartnerViewerCanTests extends IntegrationTestBase {

    static final String ROSSI = "ptn_rossi_auto";
    static final String FIELDS = "id version name tier viewerCan { update deactivate manageOrganisation }";
    static final String PARTNER = "query($id: ID!) { partner(id: $id) { " + FIELDS + " } }";
    static final String UPDATE = "mutation($id: ID!, $v: Int!, $n: String!) { updatePartner(input: {id: $id, expectedVersion: $v, "
            + "name: $n, tier: GOLD}) { partner { " + FIELDS + " } userErrors { field code } } }";
    static final String DEACTIVATE = "mutation($id: ID!, $v: Int!) { deactivatePartner(input: {id: $id, expectedVersion: $v}) { "
            + "partner { id active } userErrors { field code } } }";
    static final String INVITE = "mutation($p: ID!, $e: String!) { inviteUser(input: {partnerId: $p, email: $e, displayName: \"Nuovo\", "
            + "role: MEMBER}) { user { id } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void staff_directory_admins_are_told_they_may_change_deactivate_and_manage_a_partner_and_do() {
        JsonNode partner = partner(staff(), newDealer());
        assertThat(partner.path("viewerCan").toString())
                .isEqualTo("{\"update\":true,\"deactivate\":true,\"manageOrganisation\":true}");
        JsonNode renamed = graphql.done(staff(), UPDATE, Map.of("id", id(partner), "v", version(partner),
                "n", "Rinominato " + UUID.randomUUID())).path("partner");
        graphql.done(staff(), INVITE, Map.of("p", id(renamed), "e", "nuovo-" + UUID.randomUUID() + "@example.com"));
        graphql.done(staff(), DEACTIVATE, Map.of("id", id(renamed), "v", version(renamed)));
    }

    @Test
    void a_dealer_admin_is_told_it_may_manage_its_own_organisation_only_and_may() {
        // The invitee's address sorts after dealer@canale.demo, which other tests expect first among Rossi's people.
        JsonNode own = partner(tokenFor("dealer@canale.demo"), Map.of("id", ROSSI));
        assertThat(own.path("viewerCan").toString())
                .isEqualTo("{\"update\":false,\"deactivate\":false,\"manageOrganisation\":true}");
        assertThat(graphql.error(tokenFor("dealer@canale.demo"), UPDATE, Map.of("id", ROSSI, "v", version(own), "n", "Rossi Auto")))
                .isEqualTo("FORBIDDEN");
        graphql.done(tokenFor("dealer@canale.demo"), INVITE, Map.of("p", ROSSI, "e", "nuovo-vc-" + UUID.randomUUID() + "@rossi-auto.demo"));
    }

    @Test
    void a_partner_system_is_told_it_may_not_manage_its_organisation_and_may_not() {
        JsonNode own = partner(tokenFor("dealer-system"), Map.of("id", ROSSI));
        assertThat(own.at("/viewerCan/manageOrganisation").asBoolean()).isFalse();
        assertThat(graphql.error(tokenFor("dealer-system"), "query($p: ID!) { partnerUsers(partnerId: $p) { edges { node { id } } } }",
                Map.of("p", ROSSI))).isEqualTo("FORBIDDEN");
    }

    @Test
    void another_dealer_neither_sees_the_partner_nor_may_manage_its_people() {
        assertThat(graphql.data(tokenFor("dealer2@canale.demo"), PARTNER, Map.of("id", ROSSI)).path("partner").isNull()).isTrue();
        assertThat(graphql.refused(tokenFor("dealer2@canale.demo"), INVITE, Map.of("p", ROSSI,
                "e", "nuovo-intruso-" + UUID.randomUUID() + "@bianchi-moto.demo"))).isEqualTo("NOT_FOUND");
    }

    @Test
    void the_manufacturers_public_profile_offers_a_dealer_nothing_to_do() {
        JsonNode manufacturer = partner(tokenFor("dealer@canale.demo"), Map.of("id", "ptn_canale"));
        assertThat(manufacturer.path("viewerCan").toString())
                .isEqualTo("{\"update\":false,\"deactivate\":false,\"manageOrganisation\":false}");
    }

    private Map<String, Object> newDealer() {
        return Map.of("id", graphql.done(staff(), "mutation($n: String!) { createPartner(input: {type: DEALER, name: $n}) { "
                + "partner { id } userErrors { field code } } }", Map.of("n", "Concessionaria VC " + UUID.randomUUID()))
                .at("/partner/id").asString());
    }

    private JsonNode partner(String token, Map<String, Object> id) {
        JsonNode seen = graphql.data(token, PARTNER, id).path("partner");
        assertThat(seen.isObject()).as("the partner is visible").isTrue();
        return seen;
    }

    private static String id(JsonNode record) {
        return record.path("id").asString();
    }

    private static int version(JsonNode record) {
        return record.path("version").asInt();
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
