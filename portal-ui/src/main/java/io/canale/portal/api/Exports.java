package io.canale.portal.api;

import java.io.OutputStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The backend's CSV exports ({@code /exports/…csv}), fetched with the signed-in user's token and streamed on to the
 * browser as they arrive: the file holds what the API lets the user list, the portal decides nothing about it.
 */
@Component
public class Exports {

    private final BackendFiles files;

    Exports(BackendFiles files) {
        this.files = files;
    }

    /** Streams the export at the backend path (with its query) to {@code out}; a refusal is an {@link ApiException}. */
    public void copy(String pathAndQuery, OutputStream out) {
        files.copy(pathAndQuery, MediaType.parseMediaType("text/csv"), null, out);
    }
}
