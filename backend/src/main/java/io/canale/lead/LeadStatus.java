package io.canale.lead;

/** Where a lead is in its life. */
public enum LeadStatus {
    NEW, ROUTED, ACCEPTED, UNASSIGNED, CONVERTED, MERGED;

    boolean isOpen() {
        return this == ROUTED || this == ACCEPTED;
    }
}
