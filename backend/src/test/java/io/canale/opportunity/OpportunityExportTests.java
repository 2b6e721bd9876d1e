package io.canale.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The opportunity list as CSV with real tokens: each dealer its own pipeline, staff everybody's. */
class OpportunityExportTests extends IntegrationTestBase {

    List<CSVRecord> export(String login, String query) throws Exception {
        HttpResponse<String> response = http.get("/exports/opportunities.csv" + query, tokenFor(login), "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }

    @Test
    void each_dealer_exports_its_own_opportunities_and_staff_all() throws Exception {
        List<CSVRecord> rossi = export("dealer@canale.demo", "");
        List<CSVRecord> staff = export("staff@canale.demo", "");
        assertThat(rossi).isNotEmpty().allSatisfy(row -> assertThat(row.get("dealer")).isEqualTo("Rossi Auto"));
        assertThat(export("dealer2@canale.demo", "")).allSatisfy(row -> assertThat(row.get("dealer")).isNotEqualTo("Rossi Auto"));
        assertThat(staff.stream().map(row -> row.get("id")).toList()).containsAll(rossi.stream().map(row -> row.get("id")).toList());
        String stage = rossi.getFirst().get("stage");
        assertThat(export("dealer@canale.demo", "?stage=" + stage)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("stage")).isEqualTo(stage));
    }

    @Test
    void suppliers_and_carriers_are_refused() {
        assertThat(http.get("/exports/opportunities.csv", tokenFor("supplier@canale.demo"), "text/csv").statusCode()).isEqualTo(403);
        assertThat(http.get("/exports/opportunities.csv", tokenFor("carrier@canale.demo"), "text/csv").statusCode()).isEqualTo(403);
    }

    /** The grid's column sort reaches the export: the rows come in the connection's order for that sort, not by date. */
    @Test
    void the_export_follows_the_column_sort_of_the_grid() throws Exception {
        String page = "query($sort: OpportunitySort, $first: Int, $after: String) { opportunities(first: $first, sort: $sort, "
                + "after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        for (String login : List.of("dealer@canale.demo", "staff@canale.demo")) {
            for (String sort : List.of("NAME_ASC", "AMOUNT_DESC", "STAGE_ASC", "CLOSE_DATE_DESC")) {
                List<String> listed = io.canale.support.SortedLists.ids(io.canale.support.SortedLists.all(http, tokenFor(login), page,
                        "opportunities", java.util.Map.of("sort", sort), 100));
                assertThat(export(login, "?sort=" + sort).stream().map(row -> row.get("id")).toList())
                        .as(login + " " + sort).hasSizeGreaterThan(1).isEqualTo(listed);
            }
        }
        assertThat(export("dealer@canale.demo", "?sort=NAME_ASC").stream().map(row -> row.get("id")).toList()).as("not the date order")
                .isNotEqualTo(export("dealer@canale.demo", "").stream().map(row -> row.get("id")).toList());
        assertThat(http.get("/exports/opportunities.csv?sort=SIDEWAYS", tokenFor("dealer@canale.demo"), "*/*").statusCode()).isEqualTo(400);
    }
}
