package io.canale.portal.api;

import java.time.Instant;

/**
 * The API's {@code TimelineEntry}: something that happened to a record (a lead, an opportunity, a registration,
 * an order).
 *
 * @param by a person's email, a client id, or {@code system}
 * @param event machine-readable, e.g. {@code LEAD_ROUTED}
 * @param summary in words, in the language of the request
 */
@SchemaType
public record TimelineEntry(Instant at, String by, String event, String summary) {
}
