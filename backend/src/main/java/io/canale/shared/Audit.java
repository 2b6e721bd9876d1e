package io.canale.shared;

import java.time.Instant;

/** Who created and last changed a record, and when. Embedded in every aggregate. */
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static Audit createdBy(String subject, Instant at) {
        return new Audit(at, subject, at, subject);
    }

    public Audit changedBy(String subject, Instant at) {
        return new Audit(createdAt, createdBy, at, subject);
    }
}
