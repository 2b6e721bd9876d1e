package io.canale.portal.api;

import java.io.File;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Files to and from the backend's file endpoints (attachments, proof of performance, order confirmations, CSV
 * exports and error reports), with the signed-in user's token: the backend decides who may send or fetch what, and
 * answers refusals in the file endpoints' {@code {"errors": [...]}} shape.
 */
@Component
public class BackendFiles {

    /** The file endpoints' refusal body. */
    private record Refusal(List<UserError> errors) {
    }

    private final RestClient backend;

    BackendFiles(RestClient canaleRestClient) {
        this.backend = canaleRestClient;
    }

    /**
     * Posts the file as the multipart field {@code file}; answers the backend's reasons when it refuses the file
     * (400, 413) — a refusal of another shape becomes one reason on {@code file} — and none when it took it.
     */
    public List<UserError> upload(String path, File file, String fileName, Object... uriVariables) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new FileSystemResource(file)).filename(fileName == null ? file.getName() : fileName)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        try {
            backend.post().uri(path, uriVariables).contentType(MediaType.MULTIPART_FORM_DATA).body(body.build()).retrieve()
                    .toBodilessEntity();
            return List.of();
        } catch (HttpClientErrorException refused) {
            if (refused.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()
                    && refused.getStatusCode().value() != HttpStatus.CONTENT_TOO_LARGE.value()) {
                throw ApiException.transportFailure(path, refused);
            }
            Refusal reasons = null;
            try {
                reasons = refused.getResponseBodyAs(Refusal.class);
            } catch (RestClientException | IllegalStateException unreadable) {
                // an answer of another shape: refused without a reason the portal can show
            }
            return reasons == null || reasons.errors() == null || reasons.errors().isEmpty()
                    ? List.of(new UserError(List.of("file"), null, refused.getStatusText())) : reasons.errors();
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(path, ex);
        }
    }

    /** Streams the file at the backend path to {@code out}; a refusal is an {@link ApiException}. */
    public void copy(String path, OutputStream out, Object... uriVariables) {
        copy(path, MediaType.ALL, null, out, uriVariables);
    }

    /** As {@link #copy(String, OutputStream, Object...)}, asking for a type and, when given, a language. */
    public void copy(String path, MediaType accept, Locale language, OutputStream out, Object... uriVariables) {
        try {
            RestClient.RequestHeadersSpec<?> request = backend.get().uri(path, uriVariables).accept(accept);
            if (language != null) {
                request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag());
            }
            request.exchange((sent, response) -> {
                if (response.getStatusCode().is4xxClientError()) {
                    throw HttpClientErrorException.create(response.getStatusCode(), response.getStatusText(),
                            response.getHeaders(), null, null);
                }
                if (response.getStatusCode().isError()) {
                    throw HttpServerErrorException.create(response.getStatusCode(), response.getStatusText(),
                            response.getHeaders(), null, null);
                }
                response.getBody().transferTo(out);
                return null;
            });
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(path, ex);
        }
    }
}
