package io.canale.portal.api;

import java.io.OutputStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The backend's CSV exports ({@code /exports/…csv}), fetched with the signed-in user's token and streamed on to the
 * browser as they arrive: the file holds what the API lets the user list, the portal decides nothing about it.
 */
@Component
public class Exports {

    private final RestClient backend;

    Exports(RestClient canaleRestClient) {
        this.backend = canaleRestClient;
    }

    /** Streams the export at the backend path (with its query) to {@code out}; a refusal is an {@link ApiException}. */
    public void copy(String pathAndQuery, OutputStream out) {
        try {
            backend.get().uri(pathAndQuery).accept(MediaType.parseMediaType("text/csv")).exchange((request, response) -> {
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
            throw ApiException.transportFailure(pathAndQuery, ex);
        }
    }
}
