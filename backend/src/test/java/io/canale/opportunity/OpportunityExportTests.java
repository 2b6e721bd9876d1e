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
}
