package io.canale.partner;

/** A partner named on another record: its id and display name. */
public record PartnerRef(String id, String name) {
}
