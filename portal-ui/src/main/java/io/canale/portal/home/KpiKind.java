package io.canale.portal.home;

import io.canale.portal.api.SchemaType;

/** The API's {@code KpiKind}; each has a title {@code home.kpi.<NAME>}. */
@SchemaType
enum KpiKind {
    PIPELINE_VALUE, WIN_RATE, TIME_TO_ACCEPT, OPEN_ORDER_LINES, FILL_RATE, SKUS_BELOW_DEMAND, SHIPMENTS_TODAY,
    LATE_SHIPMENTS, SHIPMENT_EXCEPTIONS, CHANNEL_REVENUE, UNROUTED_LEADS, REGISTRATIONS_IN_REVIEW
}
