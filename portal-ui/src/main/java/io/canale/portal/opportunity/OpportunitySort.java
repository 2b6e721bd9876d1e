package io.canale.portal.opportunity;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the opportunity list by a main column; a grid header asks for one (see PipelineView, ColumnSorts). */
@SchemaType
enum OpportunitySort {
    NAME_ASC, NAME_DESC, AMOUNT_ASC, AMOUNT_DESC, STAGE_ASC, STAGE_DESC, CLOSE_DATE_ASC, CLOSE_DATE_DESC
}
