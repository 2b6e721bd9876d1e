package io.canale.notification;

import io.canale.security.Scopes;

/** Why a partner is told; each kind is read with the scope that reads its record. */
enum NotificationKind {
    /** A lead was routed to the dealer: accept or decline it before its deadline. */
    LEAD_ROUTED(Scopes.LEADS_READ),
    /** An order reached its supplier: confirm or reject its lines. */
    ORDER_TO_ANSWER(Scopes.ORDERS_READ),
    /** Goods were handed to the carrier: pick them up and report the shipment's events. */
    SHIPMENT_HANDED_OVER(Scopes.ORDERS_READ),
    /** A service case waits on the partner. */
    CASE_WAITING_ON_YOU(Scopes.SERVICE_READ),
    /** A service case's SLA clock reached its warning share or was breached (staff). */
    SLA_WARNING(Scopes.SERVICE_READ);

    private final String readScope;

    NotificationKind(String readScope) {
        this.readScope = readScope;
    }

    String readScope() {
        return readScope;
    }
}
