package io.canale.lead;

/** A dealer let the acceptance deadline of a lead pass. */
public record LeadExpired(String leadId, String dealerId) {
}
