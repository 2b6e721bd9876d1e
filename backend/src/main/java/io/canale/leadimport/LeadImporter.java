package io.canale.leadimport;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.canale.change.RecordedWrites;
import io.canale.lead.DuplicateIndex;
import io.canale.lead.Lead;
import io.canale.lead.LeadDetails;
import io.canale.lead.LeadProperties;
import io.canale.lead.LeadSource;
import io.canale.routing.LeadRouter;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.LeadIntake;
import io.canale.shared.InvalidInputException;
import io.canale.shared.LogText;
import io.canale.shared.UserError;
import io.canale.shared.csv.CsvLimitExceededException;
import io.canale.shared.csv.CsvLimits;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Works lead imports: streams the stored file row by row (never whole in memory), validates every row,
 * turns valid rows into leads in batches, records refused rows, and checkpoints progress after each batch.
 * A bad row never stops the others; a file that cannot be read as a whole, or whose rows break the
 * {@link CsvLimits}, fails with a job-level error.
 */
@Component
class LeadImporter {

    static final int BATCH = 500;
    /** A running job whose worker has been silent this long is taken over by another worker. */
    static final Duration STALE = Duration.ofMinutes(2);

    /**
     * File chunks (255 KiB each) fetched per round trip. Without a batch size the embedded store answers with all of a
     * file's chunks at once, and a file over 48 MB no longer fits one reply.
     */
    static final int FILE_CHUNKS_PER_READ = 16;

    private static final Logger log = LoggerFactory.getLogger(LeadImporter.class);

    private final MongoOperations mongo;
    private final GridFsTemplate files;
    private final MongoDatabaseFactory database;
    private final LeadRouter router;
    private final DuplicateIndex duplicates;
    private final LeadProperties properties;
    private final AccessPolicy policy;
    private final CsvLimits csvLimits;
    private final LeadImportProperties importProperties;
    private final Clock clock;
    private final RecordedWrites recorded;
    private final String worker = "worker-" + UUID.randomUUID();

    LeadImporter(MongoOperations mongo, GridFsTemplate files, MongoDatabaseFactory database, LeadRouter router,
            DuplicateIndex duplicates, LeadProperties properties, AccessPolicy policy, CsvLimits csvLimits, LeadImportProperties importProperties,
            Clock clock, RecordedWrites recorded) {
        this.mongo = mongo;
        this.recorded = recorded;
        this.files = files;
        this.database = database;
        this.router = router;
        this.duplicates = duplicates;
        this.properties = properties;
        this.policy = policy;
        this.csvLimits = csvLimits;
        this.importProperties = importProperties;
        this.clock = clock;
    }

    /**
     * Claims the job if nobody works it, then works it to the end. Returns false when another worker has it. Each
     * claim counts an attempt before any work; a job claimed once more than {@code canale.imports.leads.max-attempts}
     * allows (its earlier runs ended the process, or failed unexpectedly) fails for good instead of being read again.
     * Whatever goes wrong while a job is worked ends with that job: other jobs and the sweep go on.
     */
    boolean work(String jobId) {
        Instant now = clock.instant();
        Query claimable = Query.query(Criteria.where("_id").is(jobId).orOperator(
                Criteria.where("status").is(LeadImportJob.Status.QUEUED),
                Criteria.where("status").is(LeadImportJob.Status.RUNNING).and("heartbeatAt").lt(now.minus(STALE))));
        LeadImportJob job = mongo.findAndModify(claimable, new Update().set("status", LeadImportJob.Status.RUNNING)
                .set("claimedBy", worker).set("heartbeatAt", now).min("startedAt", now).inc("attempts", 1).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), LeadImportJob.class);
        if (job == null) {
            return false;
        }
        int maxAttempts = importProperties.maxAttempts();
        if (job.attempts() > maxAttempts) {
            log.warn("Import {}: failed after {} attempts that did not finish", job.id(), maxAttempts);
            return finish(job, LeadImportJob.Status.FAILED, attemptsExhausted(maxAttempts));
        }
        log.info("Import {} ({}): attempt {} of {}, starting after row {}", job.id(), LogText.of(job.fileName()),
                job.attempts(), maxAttempts, job.checkpointRow());
        try {
            return read(job);
        } catch (RuntimeException ex) {
            // Not the file's fault as far as we can tell (the store, a bug): a server fault, logged as one. The job is
            // given back for a later attempt, or failed when this was its last.
            log.error("Import {}: attempt {} of {} failed", job.id(), job.attempts(), maxAttempts, ex);
            if (job.attempts() >= maxAttempts) {
                return finish(job, LeadImportJob.Status.FAILED, attemptsExhausted(maxAttempts));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id()).and("claimedBy").is(worker)),
                    new Update().set("status", LeadImportJob.Status.QUEUED).unset("claimedBy"), LeadImportJob.class);
            return true;
        }
    }

    private boolean read(LeadImportJob job) {
        try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(GridFSBuckets
                        .create(database.getMongoDatabase()).openDownloadStream(new ObjectId(job.fileId()))
                        .batchSize(FILE_CHUNKS_PER_READ)).get();
                Reader reader = csvLimits.guard(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                        job.delimiter());
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(job.delimiter()).setHeader()
                        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            LeadImportJob.JobError headerError = checkHeader(parser.getHeaderNames(), job.delimiter());
            if (headerError != null) {
                return finish(job, LeadImportJob.Status.FAILED, headerError);
            }
            run(job, parser, in);
            return finish(job, LeadImportJob.Status.COMPLETED, null);
        } catch (CsvLimitExceededException ex) {
            return finish(job, LeadImportJob.Status.FAILED, tooLarge(ex));
        } catch (CharacterCodingException ex) {
            return finish(job, LeadImportJob.Status.FAILED, badEncoding());
        } catch (UncheckedIOException ex) {
            if (ex.getCause() instanceof CsvLimitExceededException limit) {
                return finish(job, LeadImportJob.Status.FAILED, tooLarge(limit));
            }
            return finish(job, LeadImportJob.Status.FAILED, ex.getCause() instanceof CharacterCodingException ? badEncoding()
                    : new LeadImportJob.JobError(LeadImportJob.ErrorCode.UNREADABLE, "The file is not valid CSV: " + ex.getCause().getMessage()));
        } catch (IOException | IllegalArgumentException | IllegalStateException ex) {
            return finish(job, LeadImportJob.Status.FAILED,
                    new LeadImportJob.JobError(LeadImportJob.ErrorCode.UNREADABLE, "The file is not valid CSV: " + ex.getMessage()));
        }
    }

    private void run(LeadImportJob job, CSVParser parser, BoundedInputStream in) {
        Caller caller = job.starter().caller();
        boolean routed = policy.leadIntake(caller) == LeadIntake.ROUTED_BY_RULES;
        LeadRouter.Session routing = routed && !job.dryRun() ? router.session(BATCH) : null;
        List<CSVRecord> batch = new ArrayList<>(BATCH);
        for (CSVRecord record : parser) {
            long row = record.getRecordNumber() + 1; // the header is row 1, as in a spreadsheet
            if (row <= job.checkpointRow()) {
                continue;
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                process(job, caller, routed, routing, batch, in.getCount());
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            process(job, caller, routed, routing, batch, in.getCount());
        }
    }

    private void process(LeadImportJob job, Caller caller, boolean routed, LeadRouter.Session routing, List<CSVRecord> records,
            long bytesRead) {
        Instant now = clock.instant();
        List<ImportRowError> errors = new ArrayList<>();
        List<Lead> valid = new ArrayList<>();
        long lastRow = 0;
        for (CSVRecord record : records) {
            long row = record.getRecordNumber() + 1;
            lastRow = row;
            if (!record.isConsistent()) {
                errors.add(ImportRowError.of(job.id(), row, null, io.canale.shared.UserErrorCode.INVALID,
                        "the row has " + record.size() + " fields, unlike the header"));
                continue;
            }
            try {
                LeadDetails details = LeadCsvColumns.details(record).validated("row");
                String key = caller.partnerId() + ":import:" + job.id() + ":" + row;
                valid.add(routed ? Lead.capture(details, LeadSource.IMPORT, key, caller.actor(), now)
                        : Lead.captureByDealer(details, LeadSource.IMPORT, caller.partnerId(), key, caller.actor(), now));
            } catch (InvalidInputException ex) {
                for (UserError error : ex.errors()) {
                    errors.add(ImportRowError.of(job.id(), row, LeadCsvColumns.columnOf(error), error.code(), error.message()));
                }
            }
        }
        if (!job.dryRun() && !valid.isEmpty()) {
            insertNew(valid, routing);
        }
        if (!errors.isEmpty()) {
            saveErrors(errors);
        }
        long failedRows = errors.stream().map(ImportRowError::row).distinct().count();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id()).and("claimedBy").is(worker)),
                new Update().inc("rowsRead", records.size()).inc("rowsImported", valid.size()).inc("rowsFailed", failedRows)
                        .set("checkpointRow", lastRow).set("bytesRead", bytesRead).set("heartbeatAt", clock.instant()), LeadImportJob.class);
    }

    /** Inserts the batch's leads, leaving out rows a crashed run already turned into leads. */
    private void insertNew(List<Lead> batch, LeadRouter.Session routing) {
        Set<String> keys = new HashSet<>();
        batch.forEach(lead -> keys.add(lead.idempotencyKey()));
        Set<String> done = new HashSet<>();
        mongo.getCollection("leads").find(Filters.in("idempotencyKey", keys))
                .projection(new Document("idempotencyKey", 1))
                .forEach(existing -> done.add(existing.getString("idempotencyKey")));
        List<Lead> fresh = batch.stream().filter(lead -> !done.contains(lead.idempotencyKey())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        duplicates.flagAndRegister(fresh);
        if (routing != null) {
            fresh.forEach(lead -> lead.route(routing.decide(lead.details(), List.of(), lead.audit().createdAt()),
                    properties.acceptanceTime()));
        }
        recorded.insertAll(fresh); // the batch's change entries in one staged document, not in each lead
    }

    private void saveErrors(List<ImportRowError> errors) {
        MongoConverter converter = mongo.getConverter();
        List<ReplaceOneModel<Document>> writes = errors.stream().map(error -> {
            Document document = new Document();
            converter.write(error, document);
            return new ReplaceOneModel<>(Filters.eq("_id", error.id()), document, new ReplaceOptions().upsert(true));
        }).toList();
        mongo.getCollection("lead_import_errors").bulkWrite(writes);
    }

    private boolean finish(LeadImportJob job, LeadImportJob.Status status, LeadImportJob.JobError error) {
        Update update = new Update().set("status", status).set("finishedAt", clock.instant()).unset("claimedBy");
        if (error != null) {
            update.set("error", error);
        }
        boolean mine = mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id()).and("claimedBy").is(worker)), update,
                LeadImportJob.class).getMatchedCount() == 1;
        if (mine) {
            // The file was only kept to resume the job; a crash right here leaves it to LeadImports.sweepFiles.
            files.delete(Query.query(Criteria.where("_id").is(new ObjectId(job.fileId()))));
        }
        log.info("Import {}: {}{}", job.id(), status, error == null ? "" : " (" + error.code() + ")");
        return true;
    }

    static LeadImportJob.JobError checkHeader(List<String> header, char delimiter) {
        if (header.isEmpty()) {
            return new LeadImportJob.JobError(LeadImportJob.ErrorCode.EMPTY_FILE, "The file is empty: it needs a header row");
        }
        if (header.size() == 1) {
            for (char other : new char[] {',', ';', '\t', '|'}) {
                if (other != delimiter && header.getFirst().indexOf(other) >= 0) {
                    return new LeadImportJob.JobError(LeadImportJob.ErrorCode.WRONG_DELIMITER, "The header is one column "
                            + "containing '" + (other == '\t' ? "\\t" : String.valueOf(other))
                            + "': choose that delimiter, or save the file with '" + delimiter + "'");
                }
            }
        }
        List<String> missing = LeadCsvColumns.missing(header);
        if (!missing.isEmpty()) {
            return new LeadImportJob.JobError(LeadImportJob.ErrorCode.MISSING_COLUMNS, "Missing column(s): "
                    + String.join(", ", missing) + ". Known columns: " + String.join(", ", LeadCsvColumns.ALL));
        }
        return null;
    }

    private LeadImportJob.JobError tooLarge(CsvLimitExceededException limit) {
        return new LeadImportJob.JobError(LeadImportJob.ErrorCode.TOO_LARGE, limit.getMessage() + ". Limits: "
                + csvLimits.maxColumns() + " columns and " + csvLimits.maxRowChars() + " characters per row, "
                + csvLimits.maxFieldChars() + " characters per field");
    }

    private static LeadImportJob.JobError attemptsExhausted(int attempts) {
        return new LeadImportJob.JobError(LeadImportJob.ErrorCode.ATTEMPTS_EXHAUSTED, "The import was started " + attempts
                + " times without finishing, so it is not tried again. Rows already imported stay; to import the rest, "
                + "upload the file again (rows imported twice are flagged as possible duplicates) or contact support");
    }

    private static LeadImportJob.JobError badEncoding() {
        return new LeadImportJob.JobError(LeadImportJob.ErrorCode.BAD_ENCODING, "The file is not UTF-8: save it as CSV UTF-8 and upload it again");
    }

}
