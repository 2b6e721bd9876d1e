package io.canale.lead;

/** A dealer converted its accepted lead into an opportunity. */
public record LeadConverted(String leadId, String dealerId, String opportunityId) {
}
