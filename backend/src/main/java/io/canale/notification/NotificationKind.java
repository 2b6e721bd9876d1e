package io.canale.notification;

import io.canale.security.Scopes;

/**
 * Why a partner is told; each kind is read with the scope that reads its record. The default delivery by mail is
 * IMMEDIATELY for kinds with a deadline that passes within hours or a day or two (a lead's acceptance time, an order
 * waiting on its supplier, goods waiting for pick-up, an SLA clock about to be missed), and DAILY_DIGEST for a case
 * waiting on the partner: that happens at every turn of a case's conversation, and an urgent case reaches staff as an
 * SLA warning.
 */
enum NotificationKind {
    /** A lead was routed to the dealer: accept or decline it before its deadline. */
    LEAD_ROUTED(Scopes.LEADS_READ, NotificationDelivery.IMMEDIATELY),
    /** An order reached its supplier: confirm or reject its lines. */
    ORDER_TO_ANSWER(Scopes.ORDERS_READ, NotificationDelivery.IMMEDIATELY),
    /** Goods were handed to the carrier: pick them up and report the shipment's events. */
    SHIPMENT_HANDED_OVER(Scopes.ORDERS_READ, NotificationDelivery.IMMEDIATELY),
    /** A service case waits on the partner. */
    CASE_WAITING_ON_YOU(Scopes.SERVICE_READ, NotificationDelivery.DAILY_DIGEST),
    /** A service case's SLA clock reached its warning share or was breached (staff). */
    SLA_WARNING(Scopes.SERVICE_READ, NotificationDelivery.IMMEDIATELY);

    private final String readScope;
    private final NotificationDelivery defaultDelivery;

    NotificationKind(String readScope, NotificationDelivery defaultDelivery) {
        this.readScope = readScope;
        this.defaultDelivery = defaultDelivery;
    }

    String readScope() {
        return readScope;
    }

    /** How a person who chose nothing is told of this kind by mail. */
    NotificationDelivery defaultDelivery() {
        return defaultDelivery;
    }
}
