package io.canale.lead;

/** A dealer accepted a lead and now owns it. */
public record LeadAccepted(String leadId, String dealerId) {
}
