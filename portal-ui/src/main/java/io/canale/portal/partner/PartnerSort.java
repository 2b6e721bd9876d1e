package io.canale.portal.partner;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the partner directory by a main column; a grid header asks for one (see PartnersView, ColumnSorts). */
@SchemaType
enum PartnerSort {
    NAME_ASC, NAME_DESC, TYPE_ASC, TYPE_DESC, TIER_ASC, TIER_DESC
}
