package io.canale.lead;

/** Narrows a lead list; null fields do not narrow. */
record LeadFilter(LeadStatus status, String dealerId) {

    static final LeadFilter NONE = new LeadFilter(null, null);
}
