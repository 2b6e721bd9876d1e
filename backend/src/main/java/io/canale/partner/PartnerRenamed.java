package io.canale.partner;

/** A partner's name changed (after the change was stored): records that keep the name, e.g. to sort by it, follow. */
public record PartnerRenamed(String partnerId, String name) {
}
