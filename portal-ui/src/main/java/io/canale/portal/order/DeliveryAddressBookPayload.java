package io.canale.portal.order;

import io.canale.portal.api.Payload;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.util.List;

/** The answer of a change of the address book: the book as stored, or why the change was refused. */
@SchemaType
record DeliveryAddressBookPayload(DeliveryAddressBook book, List<UserError> userErrors) implements Payload {
}
