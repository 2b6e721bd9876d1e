package io.canale.order;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dealer's saved delivery addresses, one of them the default, and the address its last order went to: one document
 * per dealer (its id), so every change is one atomic, versioned write. Private to the dealer: no other party sees it.
 */
@Document("delivery_address_books")
class DeliveryAddressBook {

    /** Addresses one dealer keeps at most. */
    static final int MAX_ADDRESSES = 50;

    /** A saved address and its id. */
    record Saved(String id, OrderParties.DeliveryAddress address) {
    }

    @Id
    private String dealerId;
    private List<Saved> addresses = new ArrayList<>();
    private String defaultId;
    private OrderParties.DeliveryAddress lastUsed;
    @Version
    private Long version;

    protected DeliveryAddressBook() {
    }

    static DeliveryAddressBook of(String dealerId) {
        DeliveryAddressBook book = new DeliveryAddressBook();
        book.dealerId = dealerId;
        return book;
    }

    /** Saves the address (once: an equal one already saved is answered), the default when asked or when it is the first. */
    Saved add(String id, OrderParties.DeliveryAddress address, boolean makeDefault) {
        Saved saved = addresses().stream().filter(existing -> existing.address().equals(address)).findFirst().orElse(null);
        if (saved == null) {
            if (addresses().size() >= MAX_ADDRESSES) {
                throw new InvalidInputException("input.address", UserErrorCode.TOO_MANY, "at most " + MAX_ADDRESSES + " saved addresses");
            }
            saved = new Saved(id, address);
            addresses = new ArrayList<>(addresses());
            addresses.add(saved);
        }
        if (makeDefault || defaultId == null) {
            defaultId = saved.id();
        }
        return saved;
    }

    void makeDefault(String id) {
        defaultId = existing(id).id();
    }

    /** Forgets the address; when it was the default, there is none until the dealer chooses one. */
    void remove(String id) {
        Saved saved = existing(id);
        addresses = new ArrayList<>(addresses());
        addresses.remove(saved);
        if (saved.id().equals(defaultId)) {
            defaultId = null;
        }
    }

    void used(OrderParties.DeliveryAddress address) {
        lastUsed = address;
    }

    /** What a new order is filled in with: the default address, else the one the last order went to. */
    Optional<OrderParties.DeliveryAddress> suggested() {
        return addresses().stream().filter(saved -> saved.id().equals(defaultId)).map(Saved::address).findFirst()
                .or(() -> Optional.ofNullable(lastUsed));
    }

    private Saved existing(String id) {
        return addresses().stream().filter(saved -> Objects.equals(saved.id(), id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("input.id", UserErrorCode.NOT_FOUND, "no saved address " + id));
    }

    String dealerId() { return dealerId; }
    List<Saved> addresses() { return addresses == null ? List.of() : List.copyOf(addresses); }
    String defaultId() { return defaultId; }
    OrderParties.DeliveryAddress lastUsed() { return lastUsed; }
    Long version() { return version; }
}
