package io.canale.portal.leadimport;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.UserError;
import java.io.File;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * CSV lead imports: the upload and the error report are REST endpoints of the backend, progress and row
 * errors come through GraphQL (documents under {@code graphql-documents/leadimport/}). All calls carry the
 * signed-in user's token (the browser has none), which is why the portal uploads the file itself and proxies
 * the report.
 */
@Component
class LeadImportApi {

    static final String UPLOAD_PATH = "/imports/leads";
    /** The backend's limit for one upload. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final RestClient backend;
    private final BackendFiles files;
    private final CanaleApi api;

    LeadImportApi(RestClient canaleRestClient, CanaleApi api, BackendFiles files) {
        this.backend = canaleRestClient;
        this.files = files;
        this.api = api;
    }

    /**
     * The answer to an upload: the new import's id, or why the backend refused the file at once (possibly
     * no problem at all, when its answer could not be read).
     */
    record Started(String id, List<UserError> refusal) {
    }

    Started start(File file, String fileName, boolean dryRun, String delimiter) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new FileSystemResource(file)).filename(fileName).contentType(MediaType.parseMediaType("text/csv"));
        try {
            Map<String, Object> answer = backend.post()
                    .uri(uri -> uri.path(UPLOAD_PATH).queryParam("dryRun", dryRun).queryParam("delimiter", "{delimiter}")
                            .build(delimiter))
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(body.build())
                    .retrieve()
                    .body(JSON);
            return new Started(answer == null ? null : (String) answer.get("id"), List.of());
        } catch (HttpClientErrorException refused) {
            // 400 for a refused file or option, 413 for one over the size limit: both say why in the same shape.
            int status = refused.getStatusCode().value();
            if (status != HttpStatus.BAD_REQUEST.value() && status != HttpStatus.CONTENT_TOO_LARGE.value()) {
                throw ApiException.transportFailure(UPLOAD_PATH, refused);
            }
            return new Started(null, ImportRefusals.parse(refused.getResponseBodyAsString()));
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(UPLOAD_PATH, ex);
        }
    }

    /** The import now, or null when it is not visible. */
    LeadImport load(String id) {
        return api.execute("leadimport/leadImport", Map.of("id", id), "leadImport", LeadImport.class);
    }

    Connection<LeadImport.RowError> errors(String id, int first, String after) {
        return api.page("leadimport/leadImportErrors", "leadImportErrors", LeadImport.RowError.class, first, after,
                Map.of("id", id));
    }

    /** Streams the CSV error report at the backend path (the import's {@code errorReportPath}) to {@code out}. */
    void copyErrorReport(String path, OutputStream out) {
        files.copy(path, MediaType.parseMediaType("text/csv"), null, out);
    }
}
