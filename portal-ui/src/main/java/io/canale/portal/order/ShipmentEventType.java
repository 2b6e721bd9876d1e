package io.canale.portal.order;

import io.canale.portal.api.SchemaType;
import java.util.List;

/**
 * What a carrier reports about a shipment, with the one detail each event asks for. Whether the reader may
 * report at all is the shipment's {@code viewerCan.recordEvent}; the order of events is the schema's documented
 * sequence, followed here so the board offers only the buttons that can succeed: picked up first, then in
 * transit any number of times, delivered last; an exception at any point before delivery.
 */
@SchemaType
enum ShipmentEventType {
    PICKED_UP(Detail.NONE),
    IN_TRANSIT(Detail.LOCATION),
    DELIVERED(Detail.RECIPIENT),
    EXCEPTION(Detail.REASON);

    /** The text an event asks for; the recipient and the reason are required, the location is not. */
    enum Detail {
        NONE(false, 0), LOCATION(false, 120), RECIPIENT(true, 120), REASON(true, 500);

        final boolean required;
        final int maxLength;

        Detail(boolean required, int maxLength) {
            this.required = required;
            this.maxLength = maxLength;
        }
    }

    final Detail detail;

    ShipmentEventType(Detail detail) {
        this.detail = detail;
    }
}
