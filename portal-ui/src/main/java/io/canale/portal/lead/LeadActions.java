package io.canale.portal.lead;

import io.canale.portal.api.SchemaType;

/** What the reader may do with a lead, as the API's access policy decided it ({@code Lead.viewerCan}). */
@SchemaType
record LeadActions(boolean accept, boolean decline, boolean route, boolean merge, boolean convert) {
}
