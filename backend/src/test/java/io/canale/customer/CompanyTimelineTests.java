package io.canale.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A company's timeline spans its leads, opportunities and deal registrations, and hides what a reader may not see. */
class CompanyTimelineTests extends IntegrationTestBase {

    static final String TIMELINE = "query($c: String!) { companyTimeline(company: $c) { recordType recordId event summary by } }";

    @Test
    void entries_of_all_record_kinds_are_merged_and_filtered_per_reader() {
        String company = "Officine " + UUID.randomUUID().toString().substring(0, 8);
        http.payload(tokenFor("dealer-system"), "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }",
                Map.of("input", Map.of("contact", Map.of("name", "Ugo", "email", "u-" + UUID.randomUUID() + "@example.com"),
                        "company", Map.of("name", company + " S.r.l."), "address", Map.of("country", "IT"))));
        http.payload(tokenFor("dealer2@canale.demo"), "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { dealRegistration { id } userErrors { code } } }",
                Map.of("input", Map.of("customerName", company.toUpperCase() + " SRL", "productLine", "Furgoni",
                        "expectedValue", Map.of("amount", "1000", "currency", "EUR"), "expectedCloseDate", "2099-01-01")));

        JsonNode staff = http.graphql(tokenFor("staff@canale.demo"), TIMELINE, Map.of("c", company)).at("/data/companyTimeline");
        assertThat(staff.toString()).contains("\"LEAD\"", "\"DEAL_REGISTRATION\"", "LEAD_CAPTURED", "DEAL_REGISTERED");

        JsonNode rossi = http.graphql(tokenFor("dealer@canale.demo"), TIMELINE, Map.of("c", company)).at("/data/companyTimeline");
        assertThat(rossi.toString()).contains("LEAD_CAPTURED").doesNotContain("DEAL_REGISTRATION");
        JsonNode bianchi = http.graphql(tokenFor("dealer2@canale.demo"), TIMELINE, Map.of("c", company)).at("/data/companyTimeline");
        assertThat(bianchi.toString()).contains("DEAL_REGISTERED").doesNotContain("\"LEAD\"");
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), TIMELINE, Map.of("c", company));
    }
}
