package io.canale.security;

/** A figure of the caller's work on the home, in the order shown; the GraphQL enum {@code KpiKind}. */
public enum KpiKind {
    PIPELINE_VALUE, WIN_RATE, TIME_TO_ACCEPT,
    OPEN_ORDER_LINES, FILL_RATE, SKUS_BELOW_DEMAND,
    SHIPMENTS_TODAY, LATE_SHIPMENTS, SHIPMENT_EXCEPTIONS,
    CHANNEL_REVENUE, UNROUTED_LEADS, REGISTRATIONS_IN_REVIEW
}
