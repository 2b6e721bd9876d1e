package io.canale.lead;

/** A dealer declined a lead routed to it. */
public record LeadDeclined(String leadId, String dealerId, String reason) {
}
