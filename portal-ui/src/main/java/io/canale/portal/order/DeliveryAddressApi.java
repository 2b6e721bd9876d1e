package io.canale.portal.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.SchemaType;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The dealer's saved delivery addresses (documents {@code order/deliveryAddressBook} and the three changes). */
@Component
class DeliveryAddressApi {

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SaveDeliveryAddressInput(OrderApi.DeliveryAddressInput address, Boolean makeDefault) {
    }

    @SchemaType
    record SavedDeliveryAddressIdInput(String id) {
    }

    private final CanaleApi api;

    DeliveryAddressApi(CanaleApi api) {
        this.api = api;
    }

    DeliveryAddressBook book() {
        return api.execute("order/deliveryAddressBook", Map.of(), "deliveryAddressBook", DeliveryAddressBook.class);
    }

    DeliveryAddressBookPayload save(OrderApi.DeliveryAddressInput address, boolean makeDefault) {
        return api.mutate("order/saveDeliveryAddress", new SaveDeliveryAddressInput(address, makeDefault ? true : null),
                DeliveryAddressBookPayload.class);
    }

    DeliveryAddressBookPayload makeDefault(String id) {
        return api.mutate("order/setDefaultDeliveryAddress", new SavedDeliveryAddressIdInput(id), DeliveryAddressBookPayload.class);
    }

    DeliveryAddressBookPayload remove(String id) {
        return api.mutate("order/removeDeliveryAddress", new SavedDeliveryAddressIdInput(id), DeliveryAddressBookPayload.class);
    }
}
