package io.canale.portal.api;

import java.time.Instant;

/**
 * The API's {@code TimelineEntry}: something that happened to a record (a lead, an opportunity, a registration,
 * an order).
 *
 * @param by who, as the backend shows them to this reader: a colleague's email or client id, another partner only as
 *     that partner (its name or type), or the platform ({@code system}, {@code rules}); the API's {@code actor} types it
 * @param event machine-readable, e.g. {@code LEAD_ROUTED}
 * @param summary in words, in the language of the request
 */
@SchemaType
public record TimelineEntry(Instant at, String by, String event, String summary) {
}
