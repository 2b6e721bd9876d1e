package io.canale.lead;

/** No dealer was left for a lead: staff must route it. */
public record LeadReturnedToStaff(String leadId) {
}
