package io.canale.portal.order;

import io.canale.portal.api.SchemaType;
import java.util.List;

/** A dealer's saved delivery addresses, and the one a new order is filled in with ({@code suggested}, may be null). */
@SchemaType
record DeliveryAddressBook(List<Saved> addresses, Order.DeliveryAddress suggested) {

    @SchemaType("SavedDeliveryAddress")
    record Saved(String id, boolean isDefault, Order.DeliveryAddress address) {
    }
}
