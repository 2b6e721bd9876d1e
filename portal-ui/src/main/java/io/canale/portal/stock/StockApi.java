package io.canale.portal.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Stock's calls to the backend: a stock CSV to {@code POST /imports/stock}, one SKU's stock by hand
 * ({@code publishStock}) and the demand board; documents under {@code graphql-documents/stock/}.
 */
@Component
class StockApi {

    static final String UPLOAD_PATH = "/imports/stock";
    /** The backend reads at most this many rows. */
    static final int MAX_ROWS = 10_000;
    /** 10,000 rows take about 400 KB: a larger file would be refused for its rows anyway. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The delimiters the endpoint accepts, with their message keys. */
    enum Delimiter {
        COMMA(','), SEMICOLON(';');

        final char character;

        Delimiter(char character) {
            this.character = character;
        }
    }

    /** The answers that refuse the file as a whole (bad content; over the size limit), with reasons. */
    private static final Set<HttpStatusCode> FILE_REFUSALS = Set.of(HttpStatus.BAD_REQUEST, HttpStatus.CONTENT_TOO_LARGE);

    /** The body of a refusal: why the file was refused as a whole. */
    private record Refusal(List<StockUploadResult.FileError> errors) {
    }

    /** One SKU's stock: the API's {@code StockItemInput}; without a next batch its fields are left out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StockItemInput(String sku, int available, Integer nextBatchQuantity, LocalDate nextBatchEta) {
    }

    @SchemaType
    record PublishStockInput(List<StockItemInput> items) {
    }

    /** The answer to publishing stock: how many items were applied, and why the others were refused. */
    @SchemaType("PublishStockPayload")
    record PublishPayload(int applied, List<UserError> userErrors) implements Payload {
    }

    private final CanaleApi api;
    private final RestClient backend;

    StockApi(CanaleApi api, RestClient canaleRestClient) {
        this.api = api;
        this.backend = canaleRestClient;
    }

    /**
     * Uploads a stock CSV to the backend's {@code POST /imports/stock} with the signed-in user's token (the browser
     * has none, so the portal forwards the file) and reads its answer: a summary with refused rows, or the file-level
     * refusal of a 400 (or 413 for a file over the backend's size limit). Other failures become
     * {@link ApiException}s.
     */
    StockUploadResult upload(File file, String fileName, Delimiter delimiter) {
        return upload(file, fileName, delimiter, false);
    }

    /** As {@link #upload(File, String, Delimiter)}; a dry run checks every row and writes nothing. */
    StockUploadResult upload(File file, String fileName, Delimiter delimiter, boolean dryRun) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new FileSystemResource(file)).filename(fileName).contentType(MediaType.parseMediaType("text/csv"));
        try {
            StockUploadResult result = backend.post()
                    .uri(uri -> (dryRun ? uri.path(UPLOAD_PATH).queryParam("dryRun", true) : uri.path(UPLOAD_PATH))
                            .queryParam("delimiter", "{delimiter}").build(String.valueOf(delimiter.character)))
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(body.build())
                    .retrieve()
                    .body(StockUploadResult.class);
            return result == null ? new StockUploadResult(0, 0, 0, dryRun, List.of(), List.of()) : result;
        } catch (HttpClientErrorException refused) {
            if (!FILE_REFUSALS.contains(refused.getStatusCode())) {
                throw ApiException.transportFailure(UPLOAD_PATH, refused);
            }
            return StockUploadResult.refused(refusal(refused));
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(UPLOAD_PATH, ex);
        }
    }

    /** The reasons of a refusal; its raw body when it does not follow the contract. */
    private static List<StockUploadResult.FileError> refusal(HttpClientErrorException refused) {
        Refusal body = null;
        try {
            body = refused.getResponseBodyAs(Refusal.class);
        } catch (RestClientException | IllegalStateException unreadable) {
            // falls through to the raw body
        }
        if (body != null && body.errors() != null && !body.errors().isEmpty()) {
            return body.errors();
        }
        return List.of(new StockUploadResult.FileError(List.of("file"), "INVALID", refused.getResponseBodyAsString()));
    }

    /** Publishes one SKU; the next batch is optional, its ETA goes with it. */
    PublishPayload publish(String sku, int available, Integer nextBatchQuantity, LocalDate nextBatchEta) {
        return api.mutate("stock/publishStock",
                new PublishStockInput(List.of(new StockItemInput(sku, available, nextBatchQuantity, nextBatchEta))),
                PublishPayload.class);
    }

    DemandBoard demand(int weeks) {
        return api.executeAll("stock/demandBoard", Map.of("weeks", weeks), DemandBoard.class);
    }
}
