package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/** What the reader may do with an order draft, as the API's access policy decided it ({@code OrderDraft.viewerCan}). */
@SchemaType
record OrderDraftActions(boolean edit, boolean submit, boolean delete) {
}
