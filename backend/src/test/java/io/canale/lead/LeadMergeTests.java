package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * A merge writes two leads without a transaction. When the duplicate changes between the read and its write,
 * the merge is refused and changes nothing: the survivor's write is undone.
 */
class LeadMergeTests extends IntegrationTestBase {

    static final String MERGE = "mutation($s: ID!, $sv: Int!, $d: ID!, $dv: Int!) { mergeLeads(input: {survivorId: $s, "
            + "survivorVersion: $sv, duplicateId: $d, duplicateVersion: $dv}) { lead { id } userErrors { field code } } }";
    static final String LEAD = "query($id: ID!) { lead(id: $id) { id status version contact { email } "
            + "timeline { event } } }";

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    MongoOperations mongo;

    @Test
    void a_duplicate_changed_during_the_merge_refuses_it_and_leaves_both_leads_as_they_were() {
        String email = "race-" + UUID.randomUUID() + "@example.com";
        JsonNode survivor = create(Map.of("name", "Ugo Neri", "phone", "+39 070 5551234"));
        JsonNode duplicate = create(Map.of("name", "Ugo Neri", "email", email, "phone", "+39 070 5551234"));
        String survivorId = survivor.path("id").asString();
        String duplicateId = duplicate.path("id").asString();
        JsonNode survivorBefore = read(survivorId);
        AtomicBoolean raced = new AtomicBoolean();
        // Right after the survivor is written, somebody else changes the duplicate.
        ApplicationListener<AfterSaveEvent<?>> rival = event -> {
            if (survivorId.equals(String.valueOf(event.getDocument().get("_id"))) && raced.compareAndSet(false, true)) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(duplicateId)), new Update().inc("version", 1), Lead.class);
            }
        };
        context.addApplicationListener(rival);
        JsonNode refused;
        try {
            refused = http.userErrors(tokenFor("staff@canale.demo"), MERGE, Map.of("s", survivorId,
                    "sv", survivor.path("version").asInt(), "d", duplicateId, "dv", duplicate.path("version").asInt()));
        } finally {
            context.removeApplicationListener(rival);
        }

        assertThat(raced).isTrue();
        assertThat(refused.at("/0/code").asString()).isEqualTo("VERSION_CONFLICT");
        assertThat(refused.at("/0/field").toString()).isEqualTo("[\"input\",\"duplicateVersion\"]");
        JsonNode survivorAfter = read(survivorId);
        assertThat(survivorAfter.at("/contact/email").isNull()).as("the duplicate's e-mail was not taken").isTrue();
        assertThat(survivorAfter.path("timeline")).isEqualTo(survivorBefore.path("timeline"));
        assertThat(read(duplicateId).path("status").asString()).isNotEqualTo("MERGED");
    }

    private JsonNode create(Map<String, String> contact) {
        return http.payload(tokenFor("staff@canale.demo"), LeadRoutingTests.CREATE, Map.of("input", Map.of("contact", contact,
                "address", Map.of("country", "IT", "region", "Lazio")))).path("lead");
    }

    private JsonNode read(String id) {
        return http.graphql(tokenFor("staff@canale.demo"), LEAD, Map.of("id", id)).at("/data/lead");
    }
}
