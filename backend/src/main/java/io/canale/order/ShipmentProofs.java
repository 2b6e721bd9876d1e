package io.canale.order;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.files.AttachmentStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proof of delivery: the carrier's photo of the delivered goods, in the shared {@link AttachmentStore} (bucket
 * {@value #BUCKET}), one per shipment. Only photos are kept (type detected from the content); whoever reads the shipment
 * downloads it — the carrier, the order's dealer and supplier, staff — and everybody else is told "not found".
 */
@Service
class ShipmentProofs {

    static final String BUCKET = "shipment_proofs";

    /** What the stored file says about itself: whose shipment, and who uploaded it. */
    record Metadata(String shipmentId, String orderId, String fileName, String contentType, long size, String sha256, Actor uploadedBy) {
    }

    /** A proof to send: its record on the order and its content. */
    record Download(ProofOfDelivery proof, GridFsResource content) {
    }

    private final MongoOperations mongo;
    private final OrderStore orders;
    private final AccessPolicy policy;
    private final AttachmentStore store;
    private final Clock clock;
    private final DataSize maxSize;

    ShipmentProofs(MongoOperations mongo, OrderStore orders, AccessPolicy policy, AttachmentStore store, Clock clock,
            @Value("${canale.shipments.proof-max-size:10MB}") DataSize maxSize) {
        this.mongo = mongo;
        this.orders = orders;
        this.policy = policy;
        this.store = store;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    long maxBytes() {
        return maxSize.toBytes();
    }

    /** Decides, before the upload is read, whether the caller may attach the proof now. */
    void mayAttach(Caller caller, String shipmentId) {
        Order order = orderOf(shipmentId);
        policy.attachProofOfDelivery(caller, order.facts(order.shipment(shipmentId))).enforce("shipmentId");
    }

    /** Stores the photo and records it on the order; when recording fails, the stored file is deleted again. */
    ProofOfDelivery attach(Caller caller, String shipmentId, MultipartFile file) throws IOException {
        AttachmentStore.Inspected inspected = store.inspect(file, maxBytes());
        if (!inspected.contentType().startsWith("image/")) {
            throw new InvalidInputException("file", UserErrorCode.INVALID,
                    "a proof of delivery is a photo (JPEG, PNG, WebP, HEIC/HEIF); this file's content is " + inspected.contentType());
        }
        Order found = orderOf(shipmentId);
        String id = store.store(BUCKET, file, inspected, new Metadata(shipmentId, found.id(), inspected.fileName(),
                inspected.contentType(), inspected.size(), inspected.sha256(), caller.actor()));
        Instant now = clock.instant();
        ProofOfDelivery proof = new ProofOfDelivery(shipmentId, id, inspected.fileName(), inspected.contentType(), inspected.size(),
                inspected.sha256(), now, caller.actor());
        try {
            for (int attempt = 1; ; attempt++) {
                Order order = orderOf(shipmentId);
                policy.attachProofOfDelivery(caller, order.facts(order.shipment(shipmentId))).enforce("shipmentId");
                order.attachProofOfDelivery(shipmentId, proof, caller.actor());
                try {
                    orders.save(order);
                    return proof;
                } catch (OptimisticLockingFailureException raced) { // a carrier event meanwhile: a fact, so try again
                    if (attempt == 3) {
                        throw raced;
                    }
                }
            }
        } catch (RuntimeException notRecorded) { // refused or failed: no file without its reference
            store.delete(BUCKET, id);
            throw notRecorded;
        }
    }

    /** The photo, for a reader of the shipment; "not found" for everybody else and when there is none. */
    Download download(Caller caller, String shipmentId) {
        Order order = orderOf(shipmentId);
        policy.readProofOfDelivery(caller, order.facts(order.shipment(shipmentId))).enforce();
        ProofOfDelivery proof = order.proofOfDelivery(shipmentId).orElseThrow(() -> new NotFoundException("proof of delivery"));
        GridFsResource content = store.open(BUCKET, proof.fileId(), "shipmentId", shipmentId)
                .orElseThrow(() -> new NotFoundException("proof of delivery"));
        return new Download(proof, content);
    }

    private Order orderOf(String shipmentId) {
        Order order = shipmentId == null ? null : mongo.findOne(Query.query(Criteria.where("shipments.id").is(shipmentId)), Order.class);
        if (order == null) {
            throw new NotFoundException("shipment");
        }
        return order;
    }

    static String downloadPath(String shipmentId) {
        return "/shipments/" + shipmentId + "/proof-of-delivery";
    }
}
