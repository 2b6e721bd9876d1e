package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/** What the reader may do with an order, as the API's access policy decided it ({@code Order.viewerCan}). */
@SchemaType
record OrderActions(boolean confirm, boolean cancel, boolean ship, boolean reorder, boolean downloadConfirmation) {
}
