package io.canale.portal.api;

/**
 * The API's {@code Actor}: who did something, as the backend shows them to this reader.
 *
 * @param name a colleague's email or client id, another partner's name or type in words, or the platform's name
 */
@SchemaType
public record Actor(String name) {
}
