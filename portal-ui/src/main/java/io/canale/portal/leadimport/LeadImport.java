package io.canale.portal.leadimport;

import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserErrorCode;
import java.util.Optional;

/** A CSV lead import as the API reports it while and after it runs. */
@SchemaType
record LeadImport(String id, String fileName, boolean dryRun, Status status, int rowsRead, int rowsImported,
        int rowsFailed, int percent, JobError error, String errorReportPath) {

    @SchemaType("ImportStatus")
    enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED;

        boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    /** Why the whole file was refused while it was read; each code has a text of its own. */
    @SchemaType("ImportJobError")
    record JobError(Code code, String message) {

        /** The text of the code ({@code importFailure.<code>}), which takes the backend's detail as its parameter. */
        String messageKey() {
            return "importFailure." + code;
        }
    }

    @SchemaType("ImportErrorCode")
    enum Code {
        WRONG_DELIMITER, BAD_ENCODING, MISSING_COLUMNS, EMPTY_FILE, UNREADABLE, TOO_LARGE, ATTEMPTS_EXHAUSTED
    }

    /** A refused row. */
    @SchemaType("ImportRowError")
    record RowError(int row, String column, UserErrorCode code, String message) {
    }

    /**
     * The share done, 0 to 1, for a determinate progress bar; empty while the job waits for a worker (it has
     * read nothing, and a bar at 0 would look stuck).
     */
    Optional<Double> progress() {
        if (status == Status.QUEUED) {
            return Optional.empty();
        }
        return Optional.of(Math.clamp(percent, 0, 100) / 100.0);
    }
}
