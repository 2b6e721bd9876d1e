package io.canale.portal.order;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code eventId}s of taps whose call has not succeeded yet. A tap on the same button of the same
 * shipment reuses its id until the backend has confirmed the event, so a retry after a lost answer is
 * recognised as a repeat and not recorded twice. Kept in the session, so a reload of the page keeps them.
 */
final class ShipmentEventIds implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> pending = new ConcurrentHashMap<>();

    /** The store of the current session, created at first use. */
    static ShipmentEventIds ofSession() {
        VaadinSession session = VaadinSession.getCurrent();
        ShipmentEventIds ids = session.getAttribute(ShipmentEventIds.class);
        if (ids == null) {
            ids = new ShipmentEventIds();
            session.setAttribute(ShipmentEventIds.class, ids);
        }
        return ids;
    }

    /** The id of this tap: the pending one of an earlier, unconfirmed tap, or a new one. */
    String forTap(String shipmentId, ShipmentEventType type) {
        return pending.computeIfAbsent(key(shipmentId, type), key -> UUID.randomUUID().toString());
    }

    /**
     * Forgets the pending ids the backend has recorded meanwhile (the answer was lost, the page reloaded):
     * a later tap of a repeatable event (in transit) must be a new event, not a repeat of the old one.
     */
    void settle(Shipment shipment) {
        shipment.events().forEach(event -> pending.values().remove(event.eventId()));
    }

    /** The backend recorded the event: the next tap is a new event. */
    void recorded(String shipmentId, ShipmentEventType type) {
        pending.remove(key(shipmentId, type));
    }

    private static String key(String shipmentId, ShipmentEventType type) {
        return shipmentId + "/" + type;
    }
}
