package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/** The API's sorts of the order list by a main column; a grid header asks for one (see OrdersView, ColumnSorts). */
@SchemaType
enum OrderSort {
    NUMBER_ASC, NUMBER_DESC, STATUS_ASC, STATUS_DESC, DEALER_ASC, DEALER_DESC, SUPPLIER_ASC, SUPPLIER_DESC, TOTAL_ASC, TOTAL_DESC
}
