package io.canale.portal.catalog;

import com.vaadin.flow.component.html.Span;
import io.canale.portal.DateTimes;

/**
 * A product's availability: the band as a badge, the next batch's ETA when announced, and the exact
 * quantities only when the API returned them (staff and the product's supplier).
 */
public class AvailabilityBadge extends Span {

    public AvailabilityBadge(Product product) {
        addClassName("availability");
        setId("availability-" + product.sku());
        Product.Availability availability = product.availability();
        if (availability == null) {
            add(badge("UNKNOWN", getTranslation("availability.unknown")));
            return;
        }
        add(badge(availability.band().name(), getTranslation("availability." + availability.band())));
        if (availability.available() != null) {
            add(detail(getTranslation("availability.quantity", availability.available())));
        }
        if (availability.nextBatchEta() != null) {
            String eta = DateTimes.format(availability.nextBatchEta());
            add(detail(availability.nextBatchQuantity() == null ? getTranslation("availability.nextBatch", eta)
                    : getTranslation("availability.nextBatchOf", availability.nextBatchQuantity(), eta)));
        }
    }

    private static Span badge(String band, String text) {
        Span badge = new Span(text);
        badge.addClassName("availability-band");
        badge.getElement().setAttribute("data-band", band);
        return badge;
    }

    private static Span detail(String text) {
        Span detail = new Span(text);
        detail.addClassName("availability-detail");
        return detail;
    }
}
