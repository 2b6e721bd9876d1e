package io.canale.portal.api;

/** The API's {@code PartnerRef}: a partner named on another record. */
@SchemaType
public record PartnerRef(String id, String name) {
}
