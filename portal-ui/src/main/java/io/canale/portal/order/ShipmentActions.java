package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/** What the reader may do with a shipment, as the API's access policy decided it ({@code Shipment.viewerCan}). */
@SchemaType
record ShipmentActions(boolean recordEvent) {
}
