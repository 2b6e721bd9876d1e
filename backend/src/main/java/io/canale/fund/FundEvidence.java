package io.canale.fund;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.files.AttachmentStore;
import java.io.IOException;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proof of performance for claims, in the shared {@link AttachmentStore} (bucket {@value #BUCKET}): the partner attaches
 * files to its approved request, each of a kind on the activity's checklist; whoever may read the allocation downloads.
 */
@Service
class FundEvidence {

    static final String BUCKET = "fund_evidence";
    static final DataSize MAX_SIZE = DataSize.ofMegabytes(10);

    /** What a file as stored tells: whose request, what kind of proof, its fingerprint and who uploaded it. */
    record Metadata(String requestId, String allocationId, String kind, String fileName, String contentType, long size, String sha256,
            Actor uploadedBy) {
    }

    /** A file to send: its record on the request and its content. */
    record Download(FundRequest.Evidence evidence, GridFsResource content) {
    }

    private final FundAllocations allocations;
    private final AccessPolicy policy;
    private final AttachmentStore store;

    FundEvidence(FundAllocations allocations, AccessPolicy policy, AttachmentStore store) {
        this.allocations = allocations;
        this.policy = policy;
        this.store = store;
    }

    /** Decides, before the upload is read, whether the caller may attach proof to the request now. */
    ActivityType.EvidenceKind mayAttach(Caller caller, String requestId, String kind) {
        FundAllocation allocation = allocations.ofRequest(caller, requestId).orElseThrow(() -> new NotFoundException("fund request"));
        policy.claimFunds(caller, allocation.request(requestId).facts(allocations.now())).enforce("requestId");
        try {
            return ActivityType.EvidenceKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("kind", UserErrorCode.INVALID, "one of " + java.util.Arrays.toString(ActivityType.EvidenceKind.values()));
        }
    }

    /** Stores the file and records it on the request; when recording fails, the stored file is deleted again. */
    FundRequest.Evidence attach(Caller caller, String requestId, ActivityType.EvidenceKind kind, MultipartFile file) throws IOException {
        AttachmentStore.Inspected inspected = store.inspect(file, MAX_SIZE.toBytes());
        FundAllocation allocation = allocations.ofRequest(caller, requestId).orElseThrow(() -> new NotFoundException("fund request"));
        String id = store.store(BUCKET, file, inspected, new Metadata(requestId, allocation.id(), kind.name(), inspected.fileName(),
                inspected.contentType(), inspected.size(), inspected.sha256(), caller.actor()));
        FundRequest.Evidence evidence = new FundRequest.Evidence(id, kind, inspected.fileName(), inspected.contentType(), inspected.size(),
                allocations.now());
        try {
            allocations.change(caller, requestId, null, (who, request) -> policy.claimFunds(who, request.facts(allocations.now())),
                    (request, now) -> request.addEvidence(evidence, now));
        } catch (RuntimeException notRecorded) { // refused or failed: no file without its reference
            store.delete(BUCKET, id);
            throw notRecorded;
        }
        return evidence;
    }

    /** The file, for a reader of its allocation; "not found" for everybody else. */
    Download download(Caller caller, String requestId, String evidenceId) {
        FundRequest.Evidence evidence = allocations.ofRequest(caller, requestId)
                .flatMap(allocation -> allocation.findRequest(requestId))
                .flatMap(request -> request.evidence().stream().filter(file -> file.id().equals(evidenceId)).findFirst())
                .orElseThrow(() -> new NotFoundException("evidence"));
        GridFsResource content = store.open(BUCKET, evidenceId, "requestId", requestId).orElseThrow(() -> new NotFoundException("evidence"));
        return new Download(evidence, content);
    }
}
