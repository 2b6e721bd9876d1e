package io.canale.leadimport;

import com.mongodb.client.gridfs.model.GridFSFile;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Pages;
import io.canale.shared.UserErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts, lists and resumes lead imports. The file is stored before the job is acknowledged; a job left
 * behind by a crash or a restart is picked up again by the periodic sweep, up to
 * {@code canale.imports.leads.max-attempts} runs in all.
 */
@Service
@EnableConfigurationProperties(LeadImportProperties.class)
public class LeadImports {

    private static final Logger log = LoggerFactory.getLogger(LeadImports.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final MongoOperations mongo;
    /** How stored import files are told apart in the shared file store (GridFS metadata). */
    static final String KIND = "kind";
    static final String IMPORT_FILE = "lead-import";
    /** A finished job deletes its file at once; what a crash left behind is swept once it is this old. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final GridFsTemplate files;
    private final LeadImporter importer;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TaskExecutor workers;

    LeadImports(MongoOperations mongo, GridFsTemplate files, LeadImporter importer, AccessPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.files = files;
        this.importer = importer;
        this.policy = policy;
        this.clock = clock;
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("lead-import-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(1000);
        executor.initialize();
        this.workers = executor;
    }

    /** Refuses a caller who may not import leads, before its file is read. */
    void mayStart(Caller caller) {
        policy.captureLeads(caller).enforce();
    }

    LeadImportJob start(Caller caller, String fileName, long size, InputStream content, boolean dryRun, String delimiter) {
        mayStart(caller);
        char separator = delimiter(delimiter);
        String name = fileName == null || fileName.isBlank() ? "leads.csv" : fileName.strip();
        String fileId;
        try (content) {
            fileId = files.store(content, name, "text/csv", new Document(KIND, IMPORT_FILE)).toHexString();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        LeadImportJob job = mongo.insert(LeadImportJob.queue(caller, fileId, name, size, dryRun, separator, clock.instant()));
        submit(job.id());
        return job;
    }

    Window<LeadImportJob> list(Caller caller, ScrollSubrange page) {
        return Pages.scroll(mongo, visibleTo(caller), NEWEST_FIRST, page, LeadImportJob.class);
    }

    Optional<LeadImportJob> find(Caller caller, String id) {
        Query query = visibleTo(caller).addCriteria(Criteria.where("_id").is(id));
        return Optional.ofNullable(mongo.findOne(query, LeadImportJob.class));
    }

    Window<ImportRowError> errors(Caller caller, String id, ScrollSubrange page) {
        LeadImportJob job = find(caller, id).orElseThrow(() -> new io.canale.shared.NotFoundException("import"));
        return Pages.scroll(mongo, Query.query(Criteria.where("jobId").is(job.id())), Sort.by("id"), page, ImportRowError.class);
    }

    /** All row errors of a visible job, in row order, streamed for the CSV report. */
    java.util.stream.Stream<ImportRowError> allErrors(Caller caller, String id) {
        LeadImportJob job = find(caller, id).orElseThrow(() -> new io.canale.shared.NotFoundException("import"));
        return mongo.stream(Query.query(Criteria.where("jobId").is(job.id())).with(Sort.by("id")), ImportRowError.class);
    }

    /** The sweep below reads import files by kind and age; GridFS itself indexes only file name and upload date. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        mongo.indexOps("fs.files").createIndex(new Index().on("metadata." + KIND, Sort.Direction.ASC)
                .on("uploadDate", Sort.Direction.ASC).named("kind_uploaded"));
    }

    /**
     * Deletes stored import files that no queued or running job needs any more: those left when a process ended
     * between finishing a job and deleting its file. Files of jobs still at work are kept, whatever their age.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweepFiles() {
        sweepFilesStoredBefore(clock.instant().minus(LEFTOVER_AGE));
    }

    /** The sweep, for files stored before {@code cutoff}; answers how many it deleted. */
    int sweepFilesStoredBefore(Instant cutoff) {
        Query working = Query.query(Criteria.where("status").in(LeadImportJob.Status.QUEUED, LeadImportJob.Status.RUNNING));
        working.fields().include("fileId");
        List<ObjectId> inUse = mongo.find(working, LeadImportJob.class).stream().map(LeadImportJob::fileId)
                .filter(id -> id != null && ObjectId.isValid(id)).map(ObjectId::new).toList();
        Query leftovers = Query.query(Criteria.where("metadata." + KIND).is(IMPORT_FILE)
                .and("uploadDate").lt(Date.from(cutoff)).and("_id").nin(inUse));
        int deleted = 0;
        for (GridFSFile file : files.find(leftovers)) {
            files.delete(Query.query(Criteria.where("_id").is(file.getObjectId())));
            deleted++;
        }
        if (deleted > 0) {
            log.info("Deleted {} import file(s) left over by finished jobs", deleted);
        }
        return deleted;
    }

    /** Picks up jobs nobody works: queued ones (e.g. after a restart) and running ones whose worker went silent. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT10S")
    @EventListener(ApplicationReadyEvent.class)
    void resumeAbandoned() {
        var now = clock.instant();
        Query abandoned = Query.query(new Criteria().orOperator(
                Criteria.where("status").is(LeadImportJob.Status.QUEUED).and("createdAt").lt(now.minus(Duration.ofSeconds(10))),
                Criteria.where("status").is(LeadImportJob.Status.RUNNING).and("heartbeatAt").lt(now.minus(LeadImporter.STALE))));
        abandoned.fields().include("_id");
        for (LeadImportJob job : mongo.find(abandoned, LeadImportJob.class)) {
            log.info("Resuming import {}", job.id());
            submit(job.id());
        }
    }

    /**
     * Hands a job to a worker. A job that cannot be queued now (every worker busy, queue full) stays QUEUED for the
     * next sweep; a failure while it is worked stays with that job, and the worker goes on with the next.
     */
    private void submit(String jobId) {
        try {
            workers.execute(() -> {
                try {
                    importer.work(jobId);
                } catch (RuntimeException ex) {
                    log.error("Import {}: the worker could not record how the job ended; it is taken up again later", jobId, ex);
                }
            });
        } catch (TaskRejectedException ex) {
            log.warn("Import {}: every worker is busy; the job waits for the next sweep", jobId);
        }
    }

    private Query visibleTo(Caller caller) {
        return Query.query(policy.recordsVisibleTo(caller, Scopes.LEADS_WRITE).asCriteria());
    }

    private static char delimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty() || delimiter.equals(",")) {
            return ',';
        }
        return switch (delimiter) {
            case ";" -> ';';
            case "\t", "tab" -> '\t';
            case "|" -> '|';
            default -> throw new InvalidInputException("delimiter", UserErrorCode.INVALID, "use , ; tab or |");
        };
    }

}
