package io.canale.portal.leadimport;

import java.util.Optional;
import java.util.Set;

/**
 * A CSV lead import as the API reports it while and after it runs.
 *
 * @param percent how far the job got, 0 to 100, from the bytes read; null from a backend that does not say
 */
record LeadImport(String id, String fileName, boolean dryRun, Status status, int rowsRead, int rowsImported,
        int rowsFailed, Integer percent, JobError error, String errorReportPath) {

    enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED;

        boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    /** Why the whole file was refused while it was read. */
    record JobError(String code, String message) {

        /** Codes with a text of their own ({@code importFailure.<code>}); others show the backend's message. */
        static final Set<String> TRANSLATED = Set.of("WRONG_DELIMITER", "BAD_ENCODING", "MISSING_COLUMNS", "EMPTY_FILE",
                "UNREADABLE");

        Optional<String> messageKey() {
            return code != null && TRANSLATED.contains(code) ? Optional.of("importFailure." + code) : Optional.empty();
        }
    }

    /** A refused row. */
    record RowError(int row, String column, String code, String message) {
    }

    /**
     * The share done, 0 to 1, for a determinate progress bar; empty while the job waits for a worker (it has
     * read nothing, and a bar at 0 would look stuck) or when the backend does not say.
     */
    Optional<Double> progress() {
        if (percent == null || status == Status.QUEUED) {
            return Optional.empty();
        }
        return Optional.of(Math.clamp(percent, 0, 100) / 100.0);
    }
}
