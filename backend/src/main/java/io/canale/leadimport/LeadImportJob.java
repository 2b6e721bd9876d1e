package io.canale.leadimport;

import io.canale.security.Caller;
import io.canale.security.StoredCaller;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.Party;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A CSV lead import over a file stored in MongoDB (GridFS). Progress is checkpointed after every batch;
 * whoever claims the job after a crash continues after the checkpoint, and rows already turned into leads
 * are recognised by their idempotency key (job + row), so nothing is created twice.
 */
@Document("lead_imports")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "party_newest", def = "{'parties.partnerId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "status", def = "{'status': 1}")
class LeadImportJob {

    enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    enum ErrorCode { WRONG_DELIMITER, BAD_ENCODING, MISSING_COLUMNS, EMPTY_FILE, UNREADABLE, TOO_LARGE, ATTEMPTS_EXHAUSTED }

    record JobError(ErrorCode code, String message) {
    }

    @Id
    private String id;
    /** The caller who started the import, kept so a worker can act as that caller later. */
    private StoredCaller starter;
    private List<Party> parties;
    private String fileId;
    private String fileName;
    private long sizeBytes;
    private boolean dryRun;
    private char delimiter;
    private Status status;
    private long rowsRead;
    private long rowsImported;
    private long rowsFailed;
    private long checkpointRow;
    private long bytesRead;
    private JobError error;
    /** Runs started, counted (durably) as a worker claims the job, before it reads a byte of the file. */
    private int attempts;
    private String claimedBy;
    private Instant heartbeatAt;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    private Audit audit;
    @Version
    private Long version;

    protected LeadImportJob() {
    }

    static LeadImportJob queue(Caller caller, String fileId, String fileName, long sizeBytes, boolean dryRun,
            char delimiter, Instant at) {
        LeadImportJob job = new LeadImportJob();
        job.id = Ids.next("imp");
        job.starter = StoredCaller.of(caller);
        job.parties = List.of(new Party(caller.partnerId(), "IMPORTER"));
        job.fileId = fileId;
        job.fileName = fileName;
        job.sizeBytes = sizeBytes;
        job.dryRun = dryRun;
        job.delimiter = delimiter;
        job.status = Status.QUEUED;
        job.createdAt = at;
        job.audit = Audit.createdBy(caller.actor(), at);
        return job;
    }

    public String id() { return id; }
    public String fileName() { return fileName; }
    public long sizeBytes() { return sizeBytes; }
    public boolean dryRun() { return dryRun; }
    public Status status() { return status; }
    public long rowsRead() { return rowsRead; }
    public long rowsImported() { return rowsImported; }
    public long rowsFailed() { return rowsFailed; }

    /** From the bytes read at the last checkpoint; capped at 99 until the job is over, as rows may still be written. */
    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        if (sizeBytes <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / sizeBytes);
    }
    public JobError error() { return error; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Audit audit() { return audit; }
    public String errorReportPath() { return "/imports/leads/" + id + "/errors.csv"; }
    StoredCaller starter() { return starter; }
    List<Party> parties() { return parties; }
    String fileId() { return fileId; }
    char delimiter() { return delimiter; }
    long checkpointRow() { return checkpointRow; }
    int attempts() { return attempts; }
}
