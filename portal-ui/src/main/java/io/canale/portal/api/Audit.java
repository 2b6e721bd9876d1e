package io.canale.portal.api;

import java.time.Instant;

/**
 * The API's {@code Audit}: who created and last changed a record, and when. Documents may ask for some of its
 * fields only; the others read as null.
 */
@SchemaType
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
