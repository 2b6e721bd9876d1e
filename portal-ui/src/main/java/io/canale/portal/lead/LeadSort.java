package io.canale.portal.lead;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the lead list by a main column; a grid header asks for one (see LeadsView, ColumnSorts). */
@SchemaType
enum LeadSort {
    NAME_ASC, NAME_DESC, COMPANY_ASC, COMPANY_DESC, STATUS_ASC, STATUS_DESC
}
