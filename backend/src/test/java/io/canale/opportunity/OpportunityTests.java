package io.canale.opportunity;

import io.canale.lead.LeadRoutingTests;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From accepted lead to won deal over HTTP: conversion, stages, activities, pipeline totals, access. */
class OpportunityTests extends IntegrationTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    static final String OPP = "id leadId stage probability lostReason version amount { amount currency } dealer { id } "
            + "contact { name email } company { name } activities { id type subject done dueDate } timeline { event summary }";
    static final String CONVERT = "mutation($input: ConvertLeadInput!) { convertLead(input: $input) { opportunity { " + OPP
            + " } userErrors { field code message } } }";
    static final String MOVE = "mutation($id: ID!, $v: Int!, $s: String!, $r: String) { moveOpportunity(input: {id: $id, "
            + "expectedVersion: $v, stage: $s, lostReason: $r}) { opportunity { " + OPP + " } userErrors { field code } } }";

    @Test
    void an_accepted_lead_converts_once_keeping_contact_and_company() {
        JsonNode lead = ownLead();
        JsonNode converted = convert(lead, Map.of("amount", Map.of("amount", "18000", "currency", "EUR"))).at("/data/convertLead");
        JsonNode opportunity = converted.path("opportunity");
        assertThat(opportunity.path("stage").asString()).isEqualTo("qualification");
        assertThat(opportunity.path("probability").asInt()).isEqualTo(10);
        assertThat(opportunity.at("/amount/amount").asString()).isEqualTo("18000.00");
        assertThat(opportunity.at("/contact/name").asString()).isEqualTo(lead.at("/contact/name").asString());
        assertThat(opportunity.at("/company/name").asString()).isEqualTo("Ditta Prova");
        JsonNode after = http.graphql(dealer(), "query($id: ID!) { lead(id: $id) { status opportunityId version } }",
                Map.of("id", lead.path("id").asString())).at("/data/lead");
        assertThat(after.path("status").asString()).isEqualTo("CONVERTED");
        assertThat(after.path("opportunityId").asString()).isEqualTo(opportunity.path("id").asString());

        JsonNode twice = http.graphql(dealer(), CONVERT, Map.of("input", Map.of("leadId", lead.path("id").asString(),
                "expectedVersion", after.path("version").asInt()))).at("/data/convertLead");
        assertThat(twice.at("/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void a_lead_not_accepted_or_of_another_dealer_does_not_convert() {
        JsonNode captured = http.payload(tokenFor("staff@canale.demo"), LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Staff Lead", "email", "s-" + UUID.randomUUID() + "@example.com"),
                "address", Map.of("country", "IT", "region", "Lombardia")))).path("lead");
        JsonNode routed = http.payload(tokenFor("staff@canale.demo"), "mutation($id: ID!, $v: Int!) { routeLead(input: {id: $id, "
                + "expectedVersion: $v, dealerId: \"ptn_rossi_auto\"}) { lead { id status version dealer { id } } userErrors { code } } }",
                Map.of("id", captured.path("id").asString(), "v", captured.path("version").asInt())).path("lead");
        assertThat(routed.path("status").asString()).isEqualTo("ROUTED");
        assertThat(routed.at("/dealer/id").asString()).isEqualTo("ptn_rossi_auto");
        assertThat(convert(routed, Map.of()).at("/data/convertLead/userErrors/0/code").asString()).as("routed, not accepted")
                .isEqualTo("ILLEGAL_STATE");
        JsonNode mine = ownLead();
        JsonNode stolen = http.graphql(tokenFor("dealer2@canale.demo"), CONVERT, Map.of("input", Map.of("leadId",
                mine.path("id").asString(), "expectedVersion", mine.path("version").asInt()))).at("/data/convertLead");
        assertThat(stolen.at("/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void stages_move_forward_lost_needs_a_reason_and_closed_is_final() {
        JsonNode opportunity = convert(ownLead(), Map.of()).at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        JsonNode proposal = move(id, 0, "proposal", null).at("/data/moveOpportunity/opportunity");
        assertThat(proposal.path("probability").asInt()).isEqualTo(50);
        assertThat(move(id, 1, "bogus", null).at("/data/moveOpportunity/userErrors/0/code").asString()).isEqualTo("INVALID");
        assertThat(move(id, 1, "lost", null).at("/data/moveOpportunity/userErrors/0/field").toString())
                .isEqualTo("[\"input\",\"lostReason\"]");
        JsonNode lost = move(id, 1, "lost", "Prezzo").at("/data/moveOpportunity/opportunity");
        assertThat(lost.path("lostReason").asString()).isEqualTo("Prezzo");
        assertThat(lost.path("probability").asInt()).isZero();
        assertThat(move(id, 2, "won", null).at("/data/moveOpportunity/userErrors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
    }

    @Test
    void tasks_need_a_due_date_and_can_be_completed() {
        JsonNode opportunity = convert(ownLead(), Map.of()).at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        String add = "mutation($id: ID!, $v: Int!, $t: ActivityType!, $d: String) { addActivity(input: {id: $id, expectedVersion: $v, "
                + "type: $t, subject: \"Richiamare\", dueDate: $d}) { opportunity { " + OPP + " } userErrors { field code } } }";
        JsonNode noDate = http.graphql(dealer(), add, Map.of("id", id, "v", 0, "t", "TASK")).at("/data/addActivity");
        assertThat(noDate.at("/userErrors/0/field").toString()).isEqualTo("[\"input\",\"dueDate\"]");
        JsonNode withTask = http.graphql(dealer(), add, Map.of("id", id, "v", 0, "t", "TASK", "d", "2027-01-15"))
                .at("/data/addActivity/opportunity");
        String taskId = withTask.at("/activities/0/id").asString();
        JsonNode done = http.graphql(dealer(), "mutation($id: ID!, $a: ID!) { completeTask(input: {id: $id, expectedVersion: 1, activityId: $a}) { "
                + "opportunity { activities { done } timeline { event } } } }", Map.of("id", id, "a", taskId)).at("/data/completeTask/opportunity");
        assertThat(done.at("/activities/0/done").asBoolean()).isTrue();
        assertThat(done.path("timeline").toString()).contains("TASK_DONE");
    }

    @Test
    void the_pipeline_totals_what_the_caller_sees_per_stage_and_currency() {
        String query = "{ pipeline { stage count totals { amount currency } weighted { amount currency } } }";
        JsonNode before = stage(http.graphql(dealer(), query), "qualification");
        JsonNode otherBefore = stage(http.graphql(tokenFor("dealer2@canale.demo"), query), "qualification");
        convert(ownLead(), Map.of("amount", Map.of("amount", "1000.50", "currency", "EUR")));
        convert(ownLead(), Map.of("amount", Map.of("amount", "200", "currency", "CHF")));
        JsonNode after = stage(http.graphql(dealer(), query), "qualification");
        assertThat(after.path("count").asInt()).isEqualTo(before.path("count").asInt() + 2);
        assertThat(total(after, "EUR").subtract(total(before, "EUR"))).isEqualByComparingTo("1000.50");
        assertThat(total(after, "CHF").subtract(total(before, "CHF"))).isEqualByComparingTo("200");
        JsonNode otherAfter = stage(http.graphql(tokenFor("dealer2@canale.demo"), query), "qualification");
        assertThat(otherAfter.toString()).as("another dealer's pipeline does not move").isEqualTo(otherBefore.toString());
        JsonNode stages = http.graphql(dealer(), "{ pipelineStages { key position closed needsReason } }").at("/data/pipelineStages");
        assertThat(stages.at("/4/closed").asBoolean()).isTrue();
        assertThat(stages.at("/4/key").asString()).isEqualTo("lost");
        assertThat(stages.at("/4/needsReason").asBoolean()).as("losing is explained").isTrue();
        assertThat(stages.at("/3/needsReason").asBoolean()).as("winning is not").isFalse();
    }

    @Test
    void another_dealer_cannot_see_or_change_an_opportunity() {
        JsonNode opportunity = convert(ownLead(), Map.of()).at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), "query($id: ID!) { opportunity(id: $id) { id } }", Map.of("id", id))
                .at("/data/opportunity").isNull()).isTrue();
        JsonNode moved = http.graphql(tokenFor("dealer2@canale.demo"), MOVE, Map.of("id", id, "v", 0, "s", "won"))
                .at("/data/moveOpportunity");
        assertThat(moved.at("/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
        JsonNode stored = http.graphql(tokenFor("staff@canale.demo"), "query($id: ID!) { opportunity(id: $id) { id stage } }", Map.of("id", id))
                .at("/data/opportunity");
        assertThat(stored.path("id").asString()).isEqualTo(id);
        assertThat(stored.path("stage").asString()).as("unchanged").isEqualTo("qualification");
    }

    @Test
    void the_dealer_edits_amount_probability_and_close_date_on_the_version_it_read() {
        JsonNode opportunity = convert(ownLead(), Map.of()).at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        int version = opportunity.path("version").asInt();
        String update = "mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { "
                + "opportunity { version probability expectedCloseDate amount { amount currency } viewerCan { update } } "
                + "userErrors { field code } } }";

        JsonNode refused = http.userErrors(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", version,
                "probability", 120, "expectedCloseDate", "31/12/2027")));
        assertThat(refused.toString()).contains("[\"input\",\"probability\"]", "[\"input\",\"expectedCloseDate\"]");
        assertThat(http.userErrors(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", version,
                "amount", Map.of("amount", "4500.505", "currency", "EUR")))).toString()).contains("[\"input\",\"amount\",\"amount\"]");
        assertThat(http.userErrors(tokenFor("dealer2@canale.demo"), update, Map.of("input", Map.of("id", id, "expectedVersion", version,
                "probability", 50))).at("/0/code").asString()).as("another dealer's token").isEqualTo("NOT_FOUND");

        JsonNode updated = http.payload(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", version,
                "probability", 60, "expectedCloseDate", "2027-12-31", "amount", Map.of("amount", "4500.50", "currency", "EUR"))))
                .path("opportunity");
        assertThat(updated.path("probability").asInt()).isEqualTo(60);
        assertThat(updated.path("expectedCloseDate").asString()).isEqualTo("2027-12-31");
        assertThat(updated.at("/amount/amount").asString()).isEqualTo("4500.50");
        assertThat(updated.at("/viewerCan/update").asBoolean()).isTrue();
        assertThat(http.userErrors(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", version, "probability", 10)))
                .at("/0/code").asString()).as("a stale version").isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void an_explicit_null_clears_amount_and_close_date_and_an_omitted_field_keeps_its_value() {
        JsonNode opportunity = convert(ownLead(), Map.of("expectedCloseDate", "2027-06-30", "probability", 40,
                "amount", Map.of("amount", "1200.00", "currency", "EUR"))).at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        String update = "mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { "
                + "opportunity { version probability expectedCloseDate amount { amount currency } } userErrors { field code } } }";
        Map<String, Object> clearDate = new java.util.HashMap<>(Map.of("id", id, "expectedVersion", opportunity.path("version").asInt()));
        clearDate.put("expectedCloseDate", null);

        JsonNode cleared = http.payload(dealer(), update, Map.of("input", clearDate)).path("opportunity");
        assertThat(cleared.path("expectedCloseDate").isNull()).as("the close date cleared").isTrue();
        assertThat(cleared.at("/amount/amount").asString()).as("the omitted amount kept").isEqualTo("1200.00");
        assertThat(cleared.path("probability").asInt()).isEqualTo(40);

        Map<String, Object> clearAmount = new java.util.HashMap<>(Map.of("id", id, "expectedVersion", cleared.path("version").asInt()));
        clearAmount.put("amount", null);
        JsonNode unestimated = http.payload(dealer(), update, Map.of("input", clearAmount)).path("opportunity");
        assertThat(unestimated.path("amount").isNull()).as("the amount cleared").isTrue();
        assertThat(unestimated.path("expectedCloseDate").isNull()).as("still cleared").isTrue();

        Map<String, Object> clearChance = new java.util.HashMap<>(Map.of("id", id, "expectedVersion", unestimated.path("version").asInt()));
        clearChance.put("probability", null);
        JsonNode refused = http.userErrors(dealer(), update, Map.of("input", clearChance));
        assertThat(refused.at("/0/code").asString()).isEqualTo("REQUIRED");
        assertThat(refused.at("/0/field").toString()).isEqualTo("[\"input\",\"probability\"]");
    }

    @Test
    void expected_products_feed_the_supplier_forecast_weighted_by_probability_until_closed() {
        java.time.LocalDate close = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(7);
        String week = String.format("%d-W%02d", close.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                close.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        JsonNode opportunity = convert(ownLead(), Map.of("expectedCloseDate", close.toString(), "probability", 30))
                .at("/data/convertLead/opportunity");
        String id = opportunity.path("id").asString();
        int before = forecast("TYR-205-55", week);

        String update = "mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { "
                + "opportunity { version items { sku quantity } } userErrors { field code } } }";
        JsonNode refused = http.graphql(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", opportunity.path("version").asInt(),
                "items", List.of(Map.of("sku", "NOPE-1", "quantity", 1), Map.of("sku", "TYR-205-55", "quantity", 0))))).at("/data/updateOpportunity");
        assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"items\",\"0\",\"sku\"]", "NOT_FOUND",
                "[\"input\",\"items\",\"1\",\"quantity\"]");
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), update, Map.of("input", Map.of("id", id,
                "expectedVersion", opportunity.path("version").asInt(), "items", List.of(Map.of("sku", "TYR-205-55", "quantity", 10)))))
                .at("/data/updateOpportunity/userErrors/0/code").asString()).isEqualTo("NOT_FOUND");

        JsonNode updated = http.graphql(dealer(), update, Map.of("input", Map.of("id", id, "expectedVersion", opportunity.path("version").asInt(),
                "items", List.of(Map.of("sku", "tyr-205-55", "quantity", 10))))).at("/data/updateOpportunity/opportunity");
        assertThat(updated.path("items").toString()).isEqualTo("[{\"sku\":\"TYR-205-55\",\"quantity\":10}]");
        assertThat(forecast("TYR-205-55", week) - before).as("10 units at 30 %").isEqualTo(3);

        move(id, updated.path("version").asInt(), "lost", "bought elsewhere");
        assertThat(forecast("TYR-205-55", week)).isEqualTo(before);
    }

    /** The supplier's forecast for one SKU and week, as Gallo Ricambi (the tyres' supplier) reads it. */
    private int forecast(String sku, String week) {
        JsonNode demand = http.graphql(tokenFor("supplier2@canale.demo"), "{ demand(weeks: 4) { sku week forecast dealers { dealer { id } } } }")
                .at("/data/demand");
        for (JsonNode signal : demand) {
            if (signal.path("sku").asString().equals(sku) && signal.path("week").asString().equals(week)) {
                assertThat(signal.path("dealers").size()).as("suppliers never see dealers").isZero();
                return signal.path("forecast").asInt();
            }
        }
        return 0;
    }

    private static java.math.BigDecimal total(JsonNode stage, String currency) {
        for (JsonNode total : stage.path("totals")) {
            if (total.path("currency").asString().equals(currency)) {
                return new java.math.BigDecimal(total.path("amount").asString());
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    private JsonNode stage(JsonNode pipeline, String stage) {
        for (JsonNode entry : pipeline.at("/data/pipeline")) {
            if (entry.path("stage").asString().equals(stage)) {
                return entry;
            }
        }
        throw new AssertionError("no stage " + stage + " in " + pipeline);
    }

    /** A lead the Rossi dealer system captured itself: owned by Rossi Auto, accepted from the start. */
    private JsonNode ownLead() {
        return http.payload(tokenFor("dealer-system"), LeadRoutingTests.CREATE, Map.of("input", Map.of(
                "contact", Map.of("name", "Cliente " + UUID.randomUUID().toString().substring(0, 6), "email", "o-" + UUID.randomUUID() + "@example.com"),
                "company", Map.of("name", "Ditta Prova"),
                "address", Map.of("country", "IT", "region", "Lombardia")))).path("lead");
    }

    private JsonNode convert(JsonNode lead, Map<String, Object> extra) {
        Map<String, Object> input = new java.util.HashMap<>(extra);
        input.put("leadId", lead.path("id").asString());
        input.put("expectedVersion", lead.path("version").asInt());
        return http.graphql(dealer(), CONVERT, Map.of("input", input));
    }

    private JsonNode move(String id, int version, String stage, String reason) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", id, "v", version, "s", stage));
        if (reason != null) {
            variables.put("r", reason);
        }
        return http.graphql(dealer(), MOVE, variables);
    }

    private String dealer() {
        return tokenFor("dealer@canale.demo");
    }
}
