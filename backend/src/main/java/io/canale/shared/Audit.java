package io.canale.shared;

import java.time.Instant;

/**
 * Who created and last changed a record, and when. Embedded in every aggregate. The subjects are stored with
 * the partner they acted for (null on stamps written before it was stored, and for the platform); readers see
 * them as the access policy decides ({@link #creator()}, {@link #updater()}), never the subjects as they are.
 */
public record Audit(Instant createdAt, String createdBy, ActingPartner createdByPartner, Instant updatedAt, String updatedBy,
        ActingPartner updatedByPartner) {

    public static Audit createdBy(Actor by, Instant at) {
        return new Audit(at, by.subject(), by.partner(), at, by.subject(), by.partner());
    }

    public Audit changedBy(Actor by, Instant at) {
        return new Audit(createdAt, createdBy, createdByPartner, at, by.subject(), by.partner());
    }

    public Actor creator() {
        return new Actor(createdBy, createdByPartner);
    }

    public Actor updater() {
        return new Actor(updatedBy, updatedByPartner);
    }
}
