package io.canale.order;

import io.canale.shared.Actor;
import java.time.Instant;

/** A photo of a shipment's delivered goods, kept on its order; the file itself is in GridFS ({@link ShipmentProofs}). */
record ProofOfDelivery(String shipmentId, String fileId, String fileName, String contentType, long size, String sha256,
        Instant uploadedAt, Actor uploadedBy) {
}
