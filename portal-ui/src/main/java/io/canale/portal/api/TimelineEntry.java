package io.canale.portal.api;

import java.time.Instant;

/**
 * The API's {@code TimelineEntry}: something that happened to a record (a lead, an opportunity, an order), as
 * the backend wrote it in the reader's language.
 */
@SchemaType
public record TimelineEntry(Instant at, String by, String event, String summary) {
}
