package io.canale.order;

import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for a dealer's saved delivery addresses. */
@Controller
class DeliveryAddressController {

    record SaveDeliveryAddressInput(OrderParties.DeliveryAddress address, Boolean makeDefault) {
    }

    record SavedDeliveryAddressIdInput(String id) {
    }

    record DeliveryAddressBookPayload(DeliveryAddressBook book, List<UserError> userErrors) {
    }

    /** One saved address as the API shows it. */
    record SavedDeliveryAddress(String id, OrderParties.DeliveryAddress address, boolean isDefault) {
    }

    private final DeliveryAddresses addresses;

    DeliveryAddressController(DeliveryAddresses addresses) {
        this.addresses = addresses;
    }

    @QueryMapping
    DeliveryAddressBook deliveryAddressBook(Caller caller) {
        return addresses.book(caller);
    }

    @MutationMapping
    DeliveryAddressBookPayload saveDeliveryAddress(@Argument SaveDeliveryAddressInput input, Caller caller) {
        return run(() -> addresses.add(caller, input.address(), Boolean.TRUE.equals(input.makeDefault())));
    }

    @MutationMapping
    DeliveryAddressBookPayload setDefaultDeliveryAddress(@Argument SavedDeliveryAddressIdInput input, Caller caller) {
        return run(() -> addresses.makeDefault(caller, input.id()));
    }

    @MutationMapping
    DeliveryAddressBookPayload removeDeliveryAddress(@Argument SavedDeliveryAddressIdInput input, Caller caller) {
        return run(() -> addresses.remove(caller, input.id()));
    }

    @SchemaMapping(typeName = "DeliveryAddressBook")
    List<SavedDeliveryAddress> addresses(DeliveryAddressBook book) {
        return book.addresses().stream()
                .map(saved -> new SavedDeliveryAddress(saved.id(), saved.address(), saved.id().equals(book.defaultId()))).toList();
    }

    @SchemaMapping(typeName = "DeliveryAddressBook")
    OrderParties.DeliveryAddress suggested(DeliveryAddressBook book) {
        return book.suggested().orElse(null);
    }

    private static DeliveryAddressBookPayload run(java.util.function.Supplier<DeliveryAddressBook> change) {
        return Payloads.run(change::get, book -> new DeliveryAddressBookPayload(book, List.of()),
                errors -> new DeliveryAddressBookPayload(null, errors));
    }
}
