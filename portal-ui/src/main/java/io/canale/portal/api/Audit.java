package io.canale.portal.api;

import java.time.Instant;

/**
 * The API's {@code Audit}: who created and last changed a record, and when. Documents may ask for some of its
 * fields only; the others read as null. {@code createdBy} and {@code updatedBy} are shown as the backend decides for
 * this reader: people of the reader's own partner (staff: everybody), another partner only as that partner.
 */
@SchemaType
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
