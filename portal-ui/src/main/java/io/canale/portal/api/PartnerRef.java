package io.canale.portal.api;

/** The API's {@code PartnerRef}: a partner named on another record. */
public record PartnerRef(String id, String name) {
}
