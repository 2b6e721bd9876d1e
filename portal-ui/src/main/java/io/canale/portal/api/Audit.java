package io.canale.portal.api;

import java.time.Instant;

/** The API's {@code Audit}: who created and last changed a record, and when. */
@SchemaType
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
