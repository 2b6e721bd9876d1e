package io.canale.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Notification mail preferences over HTTP: each person its own, per kind it receives, with documented defaults. */
class NotificationPreferencesTests extends IntegrationTestBase {

    static final String READ = "{ notificationPreferences { kinds { kind delivery defaultDelivery } mailEnabled digestTime } }";
    static final String UPDATE = "mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { "
            + "preferences { kinds { kind delivery defaultDelivery } } userErrors { field code message } } }";

    @Test
    void a_person_reads_the_defaults_of_the_kinds_it_receives_and_changes_one_without_touching_the_others() {
        String carrier = tokenFor("carrier@canale.demo");
        JsonNode before = http.graphql(carrier, READ).at("/data/notificationPreferences");
        assertThat(before.path("mailEnabled").asBoolean()).as("no mail server in this context").isFalse();
        assertThat(before.path("digestTime").asString()).isEqualTo("08:00 Europe/Rome");
        assertThat(before.path("kinds").findValuesAsString("kind")).as("a carrier reads no leads")
                .containsExactly("ORDER_TO_ANSWER", "SHIPMENT_HANDED_OVER", "CASE_WAITING_ON_YOU", "SLA_WARNING");
        assertThat(delivery(before, "SHIPMENT_HANDED_OVER")).isEqualTo("IMMEDIATELY");
        assertThat(delivery(before, "CASE_WAITING_ON_YOU")).isEqualTo("DAILY_DIGEST");

        JsonNode after = http.payload(carrier, UPDATE, Map.of("input", Map.of("preferences",
                List.of(Map.of("kind", "SHIPMENT_HANDED_OVER", "delivery", "OFF"))))).path("preferences");
        assertThat(delivery(after, "SHIPMENT_HANDED_OVER")).isEqualTo("OFF");
        assertThat(delivery(after, "CASE_WAITING_ON_YOU")).isEqualTo("DAILY_DIGEST");
        JsonNode reread = http.graphql(carrier, READ).at("/data/notificationPreferences");
        assertThat(delivery(reread, "SHIPMENT_HANDED_OVER")).isEqualTo("OFF");
        assertThat(reread.at("/kinds/1/defaultDelivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(delivery(http.graphql(tokenFor("supplier@canale.demo"), READ).at("/data/notificationPreferences"),
                "SHIPMENT_HANDED_OVER")).as("another person's choice is its own").isEqualTo("IMMEDIATELY");

        http.payload(carrier, UPDATE, Map.of("input", Map.of("preferences",
                List.of(Map.of("kind", "SHIPMENT_HANDED_OVER", "delivery", "IMMEDIATELY")))));
    }

    @Test
    void a_kind_the_person_never_receives_or_named_twice_is_refused_and_nothing_is_stored() {
        String carrier = tokenFor("carrier@canale.demo");
        JsonNode errors = http.userErrors(carrier, UPDATE, Map.of("input", Map.of("preferences", List.of(
                Map.of("kind", "CASE_WAITING_ON_YOU", "delivery", "OFF"),
                Map.of("kind", "LEAD_ROUTED", "delivery", "OFF"),
                Map.of("kind", "CASE_WAITING_ON_YOU", "delivery", "IMMEDIATELY")))));
        assertThat(errors.findValuesAsString("code")).containsExactly("NOT_ALLOWED", "DUPLICATE");
        assertThat(errors.at("/0/field").toString()).isEqualTo("[\"input\",\"preferences\",\"1\",\"kind\"]");
        assertThat(delivery(http.graphql(carrier, READ).at("/data/notificationPreferences"), "CASE_WAITING_ON_YOU"))
                .as("all or nothing").isEqualTo("DAILY_DIGEST");
    }

    @Test
    void a_partner_system_has_no_preferences_and_is_told_so() {
        String system = tokenFor("supplier-system");
        JsonNode error = http.expectError("BAD_USER_INPUT", system, READ).path(0);
        assertThat(error.path("message").asString()).contains("only people have notification preferences");
        JsonNode refused = http.userErrors(system, UPDATE, Map.of("input", Map.of("preferences",
                List.of(Map.of("kind", "ORDER_TO_ANSWER", "delivery", "OFF")))));
        assertThat(refused.at("/0/code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(refused.at("/0/message").asString()).contains("only people have notification preferences");
    }

    static String delivery(JsonNode preferences, String kind) {
        for (JsonNode entry : preferences.path("kinds")) {
            if (entry.path("kind").asString().equals(kind)) {
                return entry.path("delivery").asString();
            }
        }
        throw new AssertionError(kind + " not in " + preferences);
    }
}
