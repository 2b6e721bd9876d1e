package io.canale.portal.opportunity;

import io.canale.portal.api.SchemaType;

/** What the reader may do with an opportunity, as the API's access policy decided it ({@code viewerCan}). */
@SchemaType
record OpportunityActions(boolean move, boolean update, boolean addActivity) {
}
