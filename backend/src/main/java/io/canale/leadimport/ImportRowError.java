package io.canale.leadimport;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refused row of an import. The id is job, zero-padded row and column, so a resumed job rewrites the same
 * error instead of adding it twice, and ids sort in row order.
 */
@Document("lead_import_errors")
@CompoundIndex(name = "job", def = "{'jobId': 1, '_id': 1}")
record ImportRowError(@Id String id, String jobId, long row, String column, io.canale.shared.UserErrorCode code,
        String message) {

    static ImportRowError of(String jobId, long row, String column, io.canale.shared.UserErrorCode code, String message) {
        return new ImportRowError(jobId + ":" + String.format("%09d", row) + ":" + (column == null ? "" : column), jobId,
                row, column, code, message);
    }
}
