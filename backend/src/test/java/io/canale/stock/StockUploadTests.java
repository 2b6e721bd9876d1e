package io.canale.stock;

import static org.assertj.core.api.Assertions.assertThat;

import static io.canale.support.GeneratedUploads.concat;
import static io.canale.support.GeneratedUploads.pieces;
import static io.canale.support.GeneratedUploads.text;

import io.canale.support.GeneratedUploads;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The stock feed as a CSV upload: rows applied or refused by row and column, file-level refusals as 400. */
class StockUploadTests extends IntegrationTestBase {

    private HttpResponse<String> upload(String token, String csv, String delimiter) {
        return upload(token, csv.getBytes(StandardCharsets.UTF_8), delimiter);
    }

    private HttpResponse<String> upload(String token, byte[] csv, String delimiter) {
        return http.upload("/imports/stock" + (delimiter == null ? "" : "?delimiter=" + delimiter), token, "stock.csv", csv);
    }

    @Test
    void valid_rows_are_applied_and_refused_rows_come_back_by_row_and_column() {
        String csv = "\uFEFFsku,available,nextBatchQuantity,nextBatchEta\n"
                + "flt-oil-010,250,,\n"                  // row 2: applied (SKU case does not matter)
                + "BAT-12V-070,10,,\n"                    // row 3: another supplier's product
                + "FRN-PAD-001,many,,\n"                  // row 4: not a number
                + "FRN-DSC-002,7,40,2099-05-01\n"         // row 5: applied with a next batch
                + "FRN-PAD-001,3,10,\n";                  // row 6: batch without ETA
        HttpResponse<String> response = upload(tokenFor("supplier@canale.demo"), csv, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = Http.json(response);
        assertThat(answer.path("rows").asInt()).isEqualTo(5);
        assertThat(answer.path("applied").asInt()).isEqualTo(2);
        assertThat(answer.path("errors").toString()).contains(
                "{\"row\":3,\"column\":\"sku\",\"code\":\"NOT_FOUND\"",
                "{\"row\":4,\"column\":\"available\",\"code\":\"INVALID\"",
                "{\"row\":6,\"column\":\"nextBatchEta\",\"code\":\"REQUIRED\"");
        JsonNode level = http.graphql(tokenFor("supplier@canale.demo"),
                "{ product(sku: \"FRN-DSC-002\") { availability { available nextBatchQuantity nextBatchEta } } }")
                .at("/data/product/availability");
        assertThat(level.toString()).isEqualTo("{\"available\":7,\"nextBatchQuantity\":40,\"nextBatchEta\":\"2099-05-01\"}");
    }

    @Test
    void a_dry_run_says_how_many_rows_would_be_applied_counts_refused_rows_once_and_writes_nothing() {
        String before = availability("FRN-DSC-002");
        String csv = "sku,available,nextBatchQuantity,nextBatchEta\n"
                + "FRN-DSC-002,4321,,\n"                   // row 2: would be applied
                + "FRN-PAD-001,many,lots,\n"               // row 3: two problems, one refused row
                + "FLT-OIL-010,5,,\n";                     // row 4: would be applied
        JsonNode answer = Http.json(http.upload("/imports/stock?dryRun=true", tokenFor("supplier@canale.demo"), "stock.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.path("dryRun").asBoolean()).isTrue();
        assertThat(answer.path("rows").asInt()).isEqualTo(3);
        assertThat(answer.path("applied").asInt()).isEqualTo(2);
        assertThat(answer.path("errors").size()).isEqualTo(2);
        assertThat(answer.path("refusedRows").asInt()).as("rows, not problems").isEqualTo(1);
        assertThat(availability("FRN-DSC-002")).as("nothing written").isEqualTo(before);

        JsonNode applied = Http.json(upload(tokenFor("supplier@canale.demo"), csv, null));
        assertThat(applied.path("dryRun").asBoolean()).isFalse();
        assertThat(applied.path("applied").asInt()).isEqualTo(2);
        assertThat(availability("FRN-DSC-002")).contains("\"available\":4321");
    }

    private String availability(String sku) {
        return http.graphql(tokenFor("supplier@canale.demo"), "{ product(sku: \"" + sku + "\") { availability { available } } }")
                .at("/data/product/availability").toString();
    }

    @Test
    void semicolon_files_need_the_delimiter_and_say_so() {
        String csv = "sku;available\nFLT-OIL-010;12\n";
        HttpResponse<String> wrong = upload(tokenFor("supplier@canale.demo"), csv, null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrong).at("/errors/0/field/0").asString()).isEqualTo("file");
        assertThat(Http.json(wrong).at("/errors/0/message").asString()).contains("missing column", "delimiter");
        HttpResponse<String> right = upload(tokenFor("supplier@canale.demo"), csv, ";");
        assertThat(Http.json(right).path("applied").asInt()).isEqualTo(1);
    }

    @Test
    void file_level_problems_are_refused_whole_with_nothing_applied() {
        String supplier = tokenFor("supplier@canale.demo");
        StringBuilder tooMany = new StringBuilder("sku,available\n");
        for (int i = 0; i <= StockSignals.MAX_ITEMS; i++) {
            tooMany.append("FLT-OIL-010,").append(i).append('\n');
        }
        HttpResponse<String> big = upload(supplier, tooMany.toString(), null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(Http.json(big).at("/errors/0/code").asString()).isEqualTo("TOO_MANY");
        assertThat(http.graphql(supplier, "{ product(sku: \"FLT-OIL-010\") { availability { available } } }")
                .at("/data/product/availability/available").asInt()).isNotEqualTo(StockSignals.MAX_ITEMS);

        HttpResponse<String> latin1 = upload(supplier, "sku,available\nFLT-OIL-010,1 più\n".getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(Http.json(latin1).at("/errors/0/message").asString()).contains("UTF-8");
        assertThat(upload(supplier, "sku,available\n", null).statusCode()).isEqualTo(400);
        assertThat(upload(supplier, new byte[0], null).statusCode()).isEqualTo(400);
        HttpResponse<String> delimiter = upload(supplier, "sku,available\nX,1\n", "%23");
        assertThat(Http.json(delimiter).at("/errors/0/field/0").asString()).isEqualTo("delimiter");
    }

    @Test
    void a_million_columns_or_a_50_mb_field_are_refused_clearly_and_other_suppliers_uploads_go_on() {
        String supplier = tokenFor("supplier@canale.demo");
        HttpResponse<String> wide = GeneratedUploads.upload(http, "/imports/stock", supplier, "wide.csv",
                concat(text("sku,available"), pieces(1_000_000, i -> ",extra" + i), text("\nFLT-OIL-010,1\n")));
        assertThat(wide.statusCode()).isEqualTo(400);
        assertThat(Http.json(wide).at("/errors/0/field/0").asString()).isEqualTo("file");
        assertThat(Http.json(wide).at("/errors/0/code").asString()).isEqualTo("TOO_MANY");
        assertThat(Http.json(wide).at("/errors/0/message").asString()).startsWith("The header has more than 256 columns");
        HttpResponse<String> deep = GeneratedUploads.upload(http, "/imports/stock", supplier, "deep.csv",
                concat(text("sku,available\n\""), pieces(50_000, i -> "x".repeat(1000)), text("\",1\n")));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(Http.json(deep).at("/errors/0/field/0").asString()).isEqualTo("file");
        assertThat(Http.json(deep).at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        assertThat(Http.json(deep).at("/errors/0/message").asString())
                .startsWith("Row 2 has a field of more than 65536 characters");

        HttpResponse<String> other = upload(tokenFor("supplier2@canale.demo"), "sku,available\nBAT-12V-070,33\n", null);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(Http.json(other).path("applied").asInt()).isEqualTo(1);
    }

    @Test
    void only_suppliers_upload_stock() {
        String csv = "sku,available\nFLT-OIL-010,1\n";
        assertThat(upload(tokenFor("dealer@canale.demo"), csv, null).statusCode()).isEqualTo(403);
        assertThat(upload(tokenFor("carrier-system"), csv, null).statusCode()).isEqualTo(403);
        assertThat(upload(null, csv, null).statusCode()).isEqualTo(401);
        // Another supplier's upload of Ferri's SKU is refused per row and changes nothing.
        HttpResponse<String> other = upload(tokenFor("supplier2@canale.demo"), csv, null);
        assertThat(Http.json(other).path("applied").asInt()).isZero();
        assertThat(Http.json(other).at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
    }
}
