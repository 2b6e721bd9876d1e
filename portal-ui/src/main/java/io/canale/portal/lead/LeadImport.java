package io.canale.portal.lead;

/** A CSV lead import as the API reports it while and after it runs. */
record LeadImport(String id, String fileName, boolean dryRun, Status status, int rowsRead, int rowsImported,
        int rowsFailed, ImportProblem error, String errorReportPath) {

    enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED;

        boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    /** A refused row. */
    record RowError(int row, String column, String code, String message) {
    }
}
