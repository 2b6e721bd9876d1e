package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recovery claims: staff claim from the case's supplier or carrier, who alone (with staff) sees and answers it. */
class RecoveryClaimTests extends IntegrationTestBase {

    static final String CLAIM = "id status reason answer version amount { amount currency } against { id } evidence "
            + "viewerCan { accept dispute withdraw } serviceCase { id }";
    static final String OPEN = "mutation($input: OpenRecoveryClaimInput!) { openRecoveryClaim(input: $input) { recoveryClaim { " + CLAIM
            + " } userErrors { field code message } } }";
    static final String ANSWER = "mutation($id: ID!, $v: Int!, $accept: Boolean!, $reason: String) { answerRecoveryClaim(input: {id: $id, "
            + "expectedVersion: $v, accept: $accept, reason: $reason}) { recoveryClaim { " + CLAIM + " } userErrors { field code } } }";
    static final String READ = "query($id: ID!) { recoveryClaim(id: $id) { " + CLAIM + " } }";

    @Test
    void staff_claim_from_the_supplier_who_alone_sees_and_disputes_it() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String gallo = tokenFor("supplier2@canale.demo");
        String caseId = openCase(dealer, "BAT-12V-070");
        assertThat(http.graphql(staff, "query($id: ID!) { serviceCase(id: $id) { viewerCan { openRecoveryClaim } } }", Map.of("id", caseId))
                .at("/data/serviceCase/viewerCan/openRecoveryClaim").asBoolean()).isTrue();

        JsonNode claim = http.payload(staff, OPEN, Map.of("input", Map.of("caseId", caseId, "againstId", "ptn_gallo_ricambi",
                "reason", "DEFECTIVE_PART", "amount", Map.of("amount", "125.10", "currency", "EUR"),
                "evidence", "Cell 3 short-circuited; photos in the case"))).path("recoveryClaim");
        String id = claim.path("id").asString();
        assertThat(claim.path("status").asString()).isEqualTo("OPEN");
        assertThat(claim.at("/viewerCan/withdraw").asBoolean()).isTrue();
        assertThat(claim.at("/viewerCan/accept").asBoolean()).as("staff do not answer their own claim").isFalse();

        JsonNode seen = http.graphql(gallo, READ, Map.of("id", id)).at("/data/recoveryClaim");
        assertThat(seen.at("/viewerCan").toString()).isEqualTo("{\"accept\":true,\"dispute\":true,\"withdraw\":false}");
        assertThat(seen.at("/serviceCase/id").asString()).isEqualTo(caseId);
        for (String outsider : List.of("dealer@canale.demo", "dealer-system", "supplier@canale.demo", "supplier-system",
                "carrier@canale.demo", "dealer2@canale.demo")) {
            String token = tokenFor(outsider);
            assertThat(http.graphql(token, READ, Map.of("id", id)).at("/data/recoveryClaim").isNull()).as(outsider).isTrue();
            assertThat(http.graphql(token, "{ recoveryClaims(first: 100) { edges { node { id } } } }").at("/data/recoveryClaims/edges")
                    .findValuesAsString("id")).as(outsider).doesNotContain(id);
            assertThat(http.userErrors(token, ANSWER, Map.of("id", id, "v", 0, "accept", true)).at("/0/code").asString())
                    .as(outsider).isEqualTo("NOT_FOUND");
        }
        assertThat(http.graphql(dealer, "query($id: ID!) { serviceCase(id: $id) { recoveryClaims { id } } }", Map.of("id", caseId))
                .at("/data/serviceCase/recoveryClaims").size()).as("the dealer's own case does not show it").isZero();
        assertThat(http.graphql(gallo, "query($id: ID!) { serviceCase(id: $id) { recoveryClaims { id } } }", Map.of("id", caseId))
                .at("/data/serviceCase/recoveryClaims").findValuesAsString("id")).containsExactly(id);

        assertThat(http.userErrors(gallo, ANSWER, Map.of("id", id, "v", 0, "accept", false)).at("/0/field").toString())
                .as("a dispute says why").isEqualTo("[\"input\",\"reason\"]");
        JsonNode disputed = http.payload(gallo, ANSWER, Map.of("id", id, "v", 0, "accept", false, "reason", "misuse: deep discharge"))
                .path("recoveryClaim");
        assertThat(disputed.path("status").asString()).isEqualTo("DISPUTED");
        assertThat(http.userErrors(gallo, ANSWER, Map.of("id", id, "v", 1, "accept", true)).at("/0/code").asString())
                .isEqualTo("ILLEGAL_STATE");
        JsonNode withdrawn = http.payload(staff, "mutation($id: ID!, $v: Int!) { withdrawRecoveryClaim(input: {id: $id, expectedVersion: $v}) "
                + "{ recoveryClaim { status } userErrors { code } } }", Map.of("id", id, "v", 1)).path("recoveryClaim");
        assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_claim_goes_only_to_the_cases_supplier_or_carrier_for_the_matching_reason() {
        String staff = tokenFor("staff@canale.demo");
        String caseId = openCase(tokenFor("dealer@canale.demo"), "BAT-12V-070");
        Map<String, Object> money = Map.of("amount", "10.00", "currency", "EUR");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", Map.of("caseId", caseId, "againstId", "ptn_ferri_componenti",
                "reason", "DEFECTIVE_PART", "amount", money, "evidence", "x"))).at("/0/field").toString())
                .as("not a party of the case").isEqualTo("[\"input\",\"againstId\"]");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", Map.of("caseId", caseId, "againstId", "ptn_rossi_auto",
                "reason", "DEFECTIVE_PART", "amount", money, "evidence", "x"))).at("/0/code").asString())
                .as("never the dealer").isEqualTo("NOT_FOUND");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", Map.of("caseId", caseId, "againstId", "ptn_gallo_ricambi",
                "reason", "TRANSPORT_DAMAGE", "amount", money, "evidence", "x"))).at("/0/field").toString())
                .as("transport damage is the carrier's").isEqualTo("[\"input\",\"reason\"]");
        assertThat(http.userErrors(staff, OPEN, Map.of("input", Map.of("caseId", caseId, "againstId", "ptn_gallo_ricambi",
                "reason", "DEFECTIVE_PART", "amount", Map.of("amount", "-1", "currency", "EUR"), "evidence", "x"))).at("/0/field").toString())
                .isEqualTo("[\"input\",\"amount\",\"amount\"]");
        assertThat(http.userErrors(tokenFor("dealer@canale.demo"), OPEN, Map.of("input", Map.of("caseId", caseId, "againstId",
                "ptn_gallo_ricambi", "reason", "DEFECTIVE_PART", "amount", money, "evidence", "x"))).at("/0/code").asString())
                .as("dealers do not claim").isEqualTo("NOT_ALLOWED");
        assertThat(http.userErrors(tokenFor("supplier2@canale.demo"), OPEN, Map.of("input", Map.of("caseId", caseId, "againstId",
                "ptn_gallo_ricambi", "reason", "DEFECTIVE_PART", "amount", money, "evidence", "x"))).at("/0/code").asString())
                .isEqualTo("NOT_ALLOWED");
    }

    private String openCase(String dealer, String sku) {
        return http.payload(dealer, "mutation($sku: String) { openServiceCase(input: {type: WARRANTY_CLAIM, subject: \"Dead battery\", "
                + "productSku: $sku}) { serviceCase { id } userErrors { code } } }", Map.of("sku", sku)).at("/serviceCase/id").asString();
    }
}
