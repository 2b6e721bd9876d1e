package io.canale.order;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Ids;
import io.canale.shared.UserErrors;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * A dealer's address book for deliveries: kept by its people and systems ({@link AccessPolicy#submitOrders}), read
 * when a new order is started. Changes are applied to the latest stored book: two people saving at once both win.
 */
@Service
class DeliveryAddresses {

    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    DeliveryAddresses(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    DeliveryAddressBook book(Caller caller) {
        policy.submitOrders(caller).enforce();
        return stored(caller.partnerId()).orElseGet(() -> DeliveryAddressBook.of(caller.partnerId()));
    }

    DeliveryAddressBook add(Caller caller, OrderParties.DeliveryAddress address, boolean makeDefault) {
        policy.submitOrders(caller).enforce();
        UserErrors errors = new UserErrors();
        Orders.checkAddress(address, "input.address", errors);
        errors.throwIfAny();
        OrderParties.DeliveryAddress clean = new OrderParties.DeliveryAddress(address.recipient().strip(), address.street().strip(),
                address.postalCode().strip(), address.city().strip(), address.country());
        String id = Ids.next("adr");
        return change(caller.partnerId(), book -> book.add(id, clean, makeDefault));
    }

    DeliveryAddressBook makeDefault(Caller caller, String id) {
        policy.submitOrders(caller).enforce();
        return change(caller.partnerId(), book -> book.makeDefault(id));
    }

    DeliveryAddressBook remove(Caller caller, String id) {
        policy.submitOrders(caller).enforce();
        return change(caller.partnerId(), book -> book.remove(id));
    }

    /** Remembers where the dealer's last order went, for the next one; a lost race changes nothing that matters. */
    void used(String dealerId, OrderParties.DeliveryAddress address) {
        if (stored(dealerId).map(book -> address.equals(book.lastUsed())).orElse(false)) {
            return; // remembered already: no write for the dealer's usual address
        }
        try {
            change(dealerId, book -> book.used(address));
        } catch (OptimisticLockingFailureException | DuplicateKeyException busy) {
            // another change of the book won every attempt: the next order remembers its address
        }
    }

    private DeliveryAddressBook change(String dealerId, Consumer<DeliveryAddressBook> change) {
        for (int attempt = 1; ; attempt++) {
            DeliveryAddressBook book = stored(dealerId).orElseGet(() -> DeliveryAddressBook.of(dealerId));
            change.accept(book);
            try {
                return mongo.save(book);
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private Optional<DeliveryAddressBook> stored(String dealerId) {
        return Optional.ofNullable(mongo.findById(dealerId, DeliveryAddressBook.class));
    }
}
