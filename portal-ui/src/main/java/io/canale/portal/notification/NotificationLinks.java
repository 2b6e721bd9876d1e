package io.canale.portal.notification;

/**
 * Where a notification leads: the page of its record, as the portal's routes name them. A carrier reads a shipment
 * handed to it on its shipment board, not on the order's page.
 */
final class NotificationLinks {

    private NotificationLinks() {
    }

    /** The route to open, or null when the portal has no page for the record. */
    static String routeOf(Notice notice) {
        if (notice.kind() == NotificationKind.SHIPMENT_HANDED_OVER) {
            return "shipments";
        }
        return switch (notice.recordType()) {
            case LEAD -> "leads/" + notice.recordId();
            case OPPORTUNITY -> "opportunities/" + notice.recordId();
            case ORDER -> "orders/" + notice.recordId();
            case SERVICE_CASE -> "service-cases/" + notice.recordId();
            default -> null;
        };
    }
}
