package io.canale.lead;

import java.time.Instant;

/** A lead was routed to a dealer, who must answer by {@code acceptBy}. */
public record LeadRouted(String leadId, String dealerId, Instant acceptBy) {
}
