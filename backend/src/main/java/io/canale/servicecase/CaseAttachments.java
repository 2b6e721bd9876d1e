package io.canale.servicecase;

import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.LogText;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.files.AttachmentStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to comments (photos of damage, documents), stored in GridFS (bucket {@value #BUCKET}) and referenced
 * from the comment in the case. The type is detected from the content, never taken from the name or the declared
 * type, and only photos and PDF are kept; a file is served only to those who may read its comment.
 */
@Service
class CaseAttachments {

    static final String BUCKET = "case_attachments";
    /** Older than any upload still between storing its file and recording it on the comment (a second or so). */
    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    /** Detected types kept, with what the refusal calls them. */
    static final Map<String, String> ACCEPTED = AttachmentStore.ACCEPTED;

    /** What a file as stored tells: who, where, what (detected), its fingerprint. */
    record Metadata(String caseId, String commentId, String fileName, String contentType, long size, String sha256, Actor uploadedBy) {
    }

    /** An attachment as the API shows it (GraphQL {@code CaseAttachment}, the upload's answer). */
    record View(String id, String fileName, String contentType, long size, String downloadPath) {

        static View of(String caseId, CaseAttachment attachment) {
            return new View(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size(),
                    "/service-cases/" + caseId + "/attachments/" + attachment.id());
        }
    }

    /** A file to send: its record on the comment and its content. */
    record Download(CaseAttachment attachment, GridFsResource content) {
    }

    private static final Logger log = LoggerFactory.getLogger(CaseAttachments.class);

    private final ServiceCases cases;
    private final AccessPolicy policy;
    private final ServiceProperties.Attachments limits;
    private final GridFsTemplate files;
    private final MongoDatabaseFactory database;
    private final AttachmentStore store;

    CaseAttachments(ServiceCases cases, AccessPolicy policy, ServiceProperties properties, MongoDatabaseFactory database,
            AttachmentStore store) {
        this.cases = cases;
        this.policy = policy;
        this.limits = properties.attachments();
        this.store = store;
        // Its own bucket, apart from the import files in the default one.
        this.files = store.bucket(BUCKET);
        this.database = database;
    }

    /** The orphan sweep reads old files case by case; GridFS itself indexes only file name and upload date. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        database.getMongoDatabase().getCollection(BUCKET + ".files").createIndex(
                Indexes.ascending("metadata.caseId", "uploadDate"), new IndexOptions().name("case_uploaded"));
    }

    ServiceProperties.Attachments limits() {
        return limits;
    }

    /**
     * Decides, before the upload is read, whether the caller may attach a file to the comment and whether there is
     * room for one more: not found for a case or comment it cannot read, NOT_ALLOWED for anyone but the author,
     * ILLEGAL_STATE once deleted, TOO_MANY when the comment or case is full.
     */
    void mayAttach(Caller caller, String caseId, String commentId) {
        ServiceCase serviceCase = cases.find(caller, caseId).orElseThrow(() -> new NotFoundException("service case"));
        CaseComment comment = serviceCase.comment(commentId).orElseThrow(() -> new NotFoundException("comment"));
        policy.attachToComment(caller, cases.facts(serviceCase), comment.facts()).enforce("commentId");
        if (comment.attachments().size() >= limits.maxPerComment()) {
            throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "a comment holds at most " + limits.maxPerComment() + " files");
        }
        if (serviceCase.attachmentCount() >= limits.maxPerCase()) {
            throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "a case holds at most " + limits.maxPerCase() + " files");
        }
    }

    /**
     * Stores the file and records it on the comment. A refused file (too large, of a type not kept) stores nothing;
     * when recording it on the case fails, the stored file is deleted again.
     */
    CaseAttachment attach(Caller caller, String caseId, String commentId, MultipartFile file) throws IOException {
        AttachmentStore.Inspected inspected = store.inspect(file, limits.maxBytes().toBytes());
        String name = inspected.fileName();
        String type = inspected.contentType();
        Metadata metadata = new Metadata(caseId, commentId, name, type, file.getSize(), inspected.sha256(), caller.actor());
        ObjectId id = new ObjectId(store.store(BUCKET, file, inspected, metadata));
        CaseAttachment attachment = new CaseAttachment(id.toHexString(), name, type, file.getSize(), cases.now());
        try {
            cases.attach(caller, caseId, commentId, attachment);
        } catch (RuntimeException notRecorded) { // refused or failed: no file without its reference
            files.delete(Query.query(Criteria.where("_id").is(id)));
            throw notRecorded;
        }
        log.info("Attached {} ({}, {} bytes) to comment {} of case {}", LogText.of(name), type, file.getSize(), LogText.of(commentId),
                LogText.of(caseId));
        return attachment;
    }

    /**
     * The file, for a caller who may read the case and the comment it belongs to (once the comment is deleted, staff
     * only); "not found" for everybody else, as if it did not exist.
     */
    Download download(Caller caller, String caseId, String attachmentId) {
        ServiceCase serviceCase = cases.find(caller, caseId).orElseThrow(() -> new NotFoundException("attachment"));
        CaseAttachment attachment = serviceCase.commentWithAttachment(attachmentId)
                .filter(comment -> policy.mayReadAttachments(caller, cases.facts(serviceCase), comment.facts()))
                .flatMap(comment -> comment.attachments().stream().filter(file -> file.id().equals(attachmentId)).findFirst())
                .orElseThrow(() -> new NotFoundException("attachment"));
        GridFSFile stored = Optional.of(attachmentId).filter(ObjectId::isValid)
                .map(id -> files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id)).and("metadata.caseId").is(caseId))))
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new Download(attachment, files.getResource(stored));
    }

    /**
     * Deletes files a crash left between storing them and recording them on their comment: stored before
     * {@code cutoff} and named by no comment of their case. Files are read in case order, one case at a time.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void sweepOrphans() {
        sweepOrphansStoredBefore(cases.now().minus(ORPHAN_AGE));
    }

    /** The sweep, for files stored before {@code cutoff}; answers how many it deleted. */
    int sweepOrphansStoredBefore(Instant cutoff) {
        Query old = Query.query(Criteria.where("uploadDate").lt(Date.from(cutoff))).with(Sort.by("metadata.caseId"));
        String loadedId = null;
        Optional<ServiceCase> loaded = Optional.empty();
        int deleted = 0;
        for (GridFSFile file : files.find(old)) {
            org.bson.Document metadata = file.getMetadata();
            String caseId = metadata == null ? null : metadata.getString("caseId");
            String commentId = metadata == null ? null : metadata.getString("commentId");
            if (caseId != null && !caseId.equals(loadedId)) {
                loadedId = caseId;
                loaded = cases.stored(caseId);
            }
            String fileId = file.getObjectId().toHexString();
            boolean referenced = caseId != null && loaded.flatMap(serviceCase -> serviceCase.comment(commentId))
                    .map(comment -> comment.attachments().stream().anyMatch(attachment -> attachment.id().equals(fileId)))
                    .orElse(false);
            if (!referenced) {
                files.delete(Query.query(Criteria.where("_id").is(file.getObjectId())));
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} attachment file(s) no comment names (left by a crash between storing and recording)", deleted);
        }
        return deleted;
    }
}
