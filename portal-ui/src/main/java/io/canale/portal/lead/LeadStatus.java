package io.canale.portal.lead;

import io.canale.portal.api.SchemaType;

/** Where a lead is in its life; labels are the {@code leadStatus.*} messages. */
@SchemaType
enum LeadStatus {
    NEW, ROUTED, ACCEPTED, CONVERTED, MERGED, UNASSIGNED
}
