package io.canale.portal.lead;

/** Where a lead is in its life; labels are the {@code leadStatus.*} messages. */
enum LeadStatus {
    NEW, ROUTED, ACCEPTED, CONVERTED, UNASSIGNED
}
