/**
 * What needs a partner's attention, derived from the change feed: a lead routed to a dealer, an order for a supplier to
 * answer, a shipment handed to a carrier, a case waiting on a party, an SLA warning for staff. Each partner's people
 * read their partner's notifications, each with their own read marks, and hear of new ones live. With a mail server,
 * each person is also mailed, as it chose per kind: at once, in a daily digest, or not at all (NotificationMailing).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "change", "partner", "identity"})
package io.canale.notification;
