package io.canale.portal.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withBadRequest;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.MockApi;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The upload follows the backend's contract for {@code POST /imports/stock}; one SKU by hand goes as typed input. */
class StockApiTests {

    private MockRestServiceServer backend;
    private StockApi uploads;
    private File file;

    @BeforeEach
    void connect(@TempDir Path directory) throws IOException {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://backend");
        backend = MockRestServiceServer.bindTo(builder).build();
        uploads = new StockApi(MockApi.start().api(), builder.build());
        file = Files.writeString(directory.resolve("stock.csv"), "sku;available\nFRN-PAD-001;5\n").toFile();
    }

    @Test
    void a_dry_run_asks_the_backend_to_write_nothing_and_reads_what_would_be_applied() {
        backend.expect(requestTo("http://backend/imports/stock?dryRun=true&delimiter=%3B")).andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("""
                        {"rows": 3, "applied": 2, "refusedRows": 1, "dryRun": true, "errors": [
                          {"row": 2, "column": "available", "code": "INVALID", "message": "not a number"},
                          {"row": 2, "column": "nextBatchQuantity", "code": "INVALID", "message": "not a number"}]}
                        """, MediaType.APPLICATION_JSON));

        StockUploadResult result = uploads.upload(file, "stock.csv", StockApi.Delimiter.SEMICOLON, true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.refusedRows()).isEqualTo(1);
        assertThat(result.errors()).hasSize(2);
    }

    @Test
    void sends_the_file_as_multipart_with_the_delimiter_and_reads_the_summary_with_refused_rows() {
        backend.expect(requestTo("http://backend/imports/stock?delimiter=%3B")).andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.MULTIPART_FORM_DATA))
                .andExpect(content().string(Matchers.containsString("name=\"file\"; filename=\"stock.csv\"")))
                .andRespond(withSuccess("""
                        {"rows": 3, "applied": 2, "refusedRows": 1, "dryRun": false, "errors": [
                          {"row": 2, "column": "available", "code": "INVALID", "message": "not a number"}]}
                        """, MediaType.APPLICATION_JSON));

        StockUploadResult result = uploads.upload(file, "stock.csv", StockApi.Delimiter.SEMICOLON);

        assertThat(result.fileRefused()).isFalse();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.errors()).containsExactly(
                new StockUploadResult.RowError(2, "available", "INVALID", "not a number"));
        backend.verify();
    }

    @Test
    void a_refused_file_comes_back_with_its_reasons() {
        backend.expect(requestTo("http://backend/imports/stock?delimiter=%2C")).andRespond(withBadRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"errors\": [{\"field\": [\"file\"], \"code\": \"REQUIRED\", \"message\": \"column sku is missing\"}]}"));

        StockUploadResult result = uploads.upload(file, "stock.csv", StockApi.Delimiter.COMMA);

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.refusals()).containsExactly(
                new StockUploadResult.FileError(List.of("file"), "REQUIRED", "column sku is missing"));
    }

    @Test
    void a_refusal_outside_the_contract_is_shown_as_it_came() {
        backend.expect(requestTo("http://backend/imports/stock?delimiter=%2C"))
                .andRespond(withBadRequest().contentType(MediaType.TEXT_PLAIN).body("Bad file"));

        StockUploadResult result = uploads.upload(file, "stock.csv", StockApi.Delimiter.COMMA);

        assertThat(result.refusals()).extracting(StockUploadResult.FileError::message).containsExactly("Bad file");
    }

    @Test
    void a_file_over_the_backends_limit_is_refused_with_its_reason() {
        backend.expect(requestTo("http://backend/imports/stock?delimiter=%2C")).andRespond(withStatus(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"errors\": [{\"field\": [\"file\"], \"code\": \"TOO_LONG\", \"message\": \"the file is over the limit\"}]}"));

        StockUploadResult result = uploads.upload(file, "stock.csv", StockApi.Delimiter.COMMA);

        assertThat(result.refusals()).extracting(StockUploadResult.FileError::code).containsExactly("TOO_LONG");
    }

    @Test
    void a_forbidden_upload_is_an_api_failure() {
        backend.expect(requestTo("http://backend/imports/stock?delimiter=%2C")).andRespond(withStatus(HttpStatus.FORBIDDEN));

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> uploads.upload(file, "stock.csv", StockApi.Delimiter.COMMA))
                .satisfies(ex -> assertThat(ex.kind()).isEqualTo(ApiException.Kind.FORBIDDEN));
    }

    @Test
    void one_sku_by_hand_leaves_out_the_next_batch_when_there_is_none() {
        MockApi graphQl = MockApi.start();
        graphQl.expectRequest()
                .andExpect(jsonPath("$.variables.input.items[0].sku").value("FRN-PAD-001"))
                .andExpect(jsonPath("$.variables.input.items[0].available").value(12))
                .andExpect(jsonPath("$.variables.input.items[0]", Matchers.not(Matchers.hasKey("nextBatchEta"))))
                .andRespond(MockApi.data("{\"publishStock\": {\"applied\": 1, \"userErrors\": []}}"));
        graphQl.expectRequest()
                .andExpect(jsonPath("$.variables.input.items[0].nextBatchQuantity").value(60))
                .andExpect(jsonPath("$.variables.input.items[0].nextBatchEta").value("2027-03-01"))
                .andRespond(MockApi.data("{\"publishStock\": {\"applied\": 1, \"userErrors\": []}}"));
        StockApi api = new StockApi(graphQl.api(), RestClient.create());

        assertThat(api.publish("FRN-PAD-001", 12, null, null).applied()).isEqualTo(1);
        assertThat(api.publish("FRN-PAD-001", 12, 60, LocalDate.of(2027, 3, 1)).succeeded()).isTrue();
        graphQl.verify();
    }
}
