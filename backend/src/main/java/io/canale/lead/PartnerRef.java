package io.canale.lead;

/** A partner named on a lead, with its display name. */
record PartnerRef(String id, String name) {
}
