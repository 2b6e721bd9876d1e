package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The lead list as CSV with real tokens: what the caller's lead grid lists, nothing of other dealers. */
class LeadExportTests extends IntegrationTestBase {

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    String dealerLead(String login, String name) {
        return http.payload(tokenFor(login), "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { field code } } }",
                Map.of("input", Map.of("contact", Map.of("name", name, "email", "l." + tag + "@example.com"),
                        "company", Map.of("name", "Officina, \"Export\" " + tag), "address", Map.of("country", "IT", "region", "Lombardia"))))
                .at("/lead/id").asString();
    }

    List<CSVRecord> export(String login, String query) throws Exception {
        HttpResponse<String> response = http.get("/exports/leads.csv" + query, tokenFor(login), "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }

    static CSVRecord row(List<CSVRecord> rows, String id) {
        return rows.stream().filter(row -> row.get("id").equals(id)).findFirst().orElse(null);
    }

    @Test
    void the_dealer_exports_its_leads_and_another_dealer_never_sees_them() throws Exception {
        String id = dealerLead("dealer@canale.demo", "Anna Export " + tag);
        CSVRecord row = row(export("dealer@canale.demo", ""), id);
        assertThat(row).isNotNull();
        assertThat(row.get("contactName")).isEqualTo("Anna Export " + tag);
        assertThat(row.get("company")).isEqualTo("Officina, \"Export\" " + tag);
        assertThat(row.get("status")).isEqualTo("ACCEPTED");
        assertThat(row.get("dealer")).isEqualTo("Rossi Auto");
        assertThat(row.get("region")).isEqualTo("Lombardia");
        assertThat(row(export("dealer@canale.demo", "?status=ACCEPTED"), id)).isNotNull();
        assertThat(row(export("dealer@canale.demo", "?status=ROUTED"), id)).isNull();
        assertThat(row(export("staff@canale.demo", ""), id)).isNotNull();
        List<CSVRecord> other = export("dealer2@canale.demo", "");
        assertThat(row(other, id)).isNull();
        assertThat(other).allSatisfy(lead -> assertThat(lead.get("dealer")).isEqualTo("Bianchi Moto"));
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_exported_defused() throws Exception {
        String id = dealerLead("dealer@canale.demo", "=HYPERLINK(\"http://evil.example\",\"x\") " + tag);
        assertThat(row(export("dealer@canale.demo", ""), id).get("contactName")).startsWith("'=HYPERLINK(");
    }

    @Test
    void callers_without_leads_read_are_refused() {
        assertThat(http.get("/exports/leads.csv", tokenFor("supplier@canale.demo"), "text/csv").statusCode()).isEqualTo(403);
        assertThat(http.get("/exports/leads.csv", null, "text/csv").statusCode()).isEqualTo(401);
    }

    /** The grid's column sort reaches the export: the rows come in the connection's order for that sort, not by date. */
    @Test
    void the_export_follows_the_column_sort_of_the_grid() throws Exception {
        dealerLead("dealer@canale.demo", "zeta " + tag);
        dealerLead("dealer@canale.demo", "Alfa " + tag);
        String page = "query($sort: LeadSort, $filter: LeadFilter, $first: Int, $after: String) { leads(first: $first, sort: $sort, "
                + "filter: $filter, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        for (String sort : List.of("NAME_ASC", "COMPANY_DESC", "STATUS_DESC")) {
            List<String> listed = io.canale.support.SortedLists.ids(io.canale.support.SortedLists.all(http, tokenFor("dealer@canale.demo"),
                    page, "leads", Map.of("sort", sort, "filter", Map.of("status", "ACCEPTED")), 100));
            assertThat(export("dealer@canale.demo", "?status=ACCEPTED&sort=" + sort).stream().map(row -> row.get("id")).toList())
                    .as(sort).hasSizeGreaterThan(1).isEqualTo(listed);
        }
        assertThat(http.get("/exports/leads.csv?sort=SIDEWAYS", tokenFor("dealer@canale.demo"), "*/*").statusCode()).isEqualTo(400);
    }
}
