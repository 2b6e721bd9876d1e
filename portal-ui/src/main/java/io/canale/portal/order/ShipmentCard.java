package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.DateTimes;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One shipment on the board: status, packages, where to pick the goods up, the order's number, where and when to
 * deliver, the last event and, for its carrier, one large button per event that is legal now (thumb-sized on a phone).
 * Tapping the card (or Enter on it) opens its events.
 */
class ShipmentCard extends Div {

    private static final Map<ShipmentEventType, VaadinIcon> ICONS = Map.of(
            ShipmentEventType.PICKED_UP, VaadinIcon.PACKAGE,
            ShipmentEventType.IN_TRANSIT, VaadinIcon.TRUCK,
            ShipmentEventType.DELIVERED, VaadinIcon.CHECK,
            ShipmentEventType.EXCEPTION, VaadinIcon.WARNING);

    private final Shipment shipment;

    /** {@code onTap} is null for readers who may not record events; {@code onOpen} shows the shipment's events. */
    ShipmentCard(Shipment shipment, BiConsumer<Shipment, ShipmentEventType> onTap, Consumer<Shipment> onOpen) {
        this.shipment = shipment;
        setId("shipment-" + shipment.id());
        addClassName("shipment-card");
        add(summary(onOpen));
        if (onTap != null && !shipment.legalEvents().isEmpty()) {
            add(actions(onTap));
        }
    }

    /** Everything but the buttons: a tap (or Enter) on it opens the events. */
    private Component summary(Consumer<Shipment> onOpen) {
        Div summary = new Div(header(), pickUp(), orderReference(), delivery(),
                line("shipment.requestedDate", DateTimes.format(shipment.requestedDate(), getLocale())), lastEvent());
        summary.setId("shipment-open-" + shipment.id());
        summary.addClassName("shipment-summary");
        summary.getElement().setAttribute("role", "button");
        summary.getElement().setAttribute("tabindex", "0");
        summary.getElement().setAttribute("aria-label", getTranslation("shipment.open", orderLabel()));
        summary.addClickListener(click -> onOpen.accept(shipment));
        summary.getElement().addEventListener("keydown", enter -> onOpen.accept(shipment)).setFilter("event.key === 'Enter'");
        return summary;
    }

    /** Where the carrier collects the goods: who, and the address when the partner gave one. */
    private Component pickUp() {
        Shipment.PickUpPoint from = shipment.pickUp();
        Div pickUp = new Div();
        pickUp.setId("shipment-pickup-" + shipment.id());
        pickUp.addClassName("shipment-place");
        Span label = new Span(getTranslation("shipment.pickUp"));
        label.addClassName("profile-label");
        pickUp.add(label);
        if (from == null) {
            pickUp.add(new Div("–"));
        } else {
            pickUp.add(new Div(from.name()));
            if (from.hasAddress()) {
                pickUp.add(new Div(from.street()), new Div(from.postalCode() + " " + from.city() + ", " + countryName(from.country())));
            } else {
                Div none = new Div(getTranslation("shipment.pickUp.noAddress"));
                none.addClassName("shipment-hint");
                pickUp.add(none);
            }
        }
        return pickUp;
    }

    private String orderLabel() {
        return shipment.orderNumber() == null ? "–" : shipment.orderNumber();
    }

    private String countryName(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale());
    }

    private Component header() {
        Span status = new Span(getTranslation("shipmentStatus." + shipment.status()));
        status.addClassName("status-badge");
        status.setId("shipment-status-" + shipment.id());
        status.getElement().setAttribute("data-status", shipment.status().name());
        Span packages = new Span(getTranslation("shipment.packages", shipment.packages()));
        Span carrier = new Span(shipment.carrier().name());
        carrier.addClassName("shipment-carrier");
        Div header = new Div(status, packages, carrier);
        header.addClassName("shipment-card-header");
        return header;
    }

    private Component delivery() {
        Order.DeliveryAddress to = shipment.deliveryAddress();
        Span label = new Span(getTranslation("shipment.deliverTo"));
        label.addClassName("profile-label");
        Div address = new Div(label, new Div(to.recipient()), new Div(to.street()),
                new Div(to.postalCode() + " " + to.city() + ", " + countryName(to.country())));
        address.setId("shipment-delivery-" + shipment.id());
        address.addClassNames("shipment-address", "shipment-place");
        return address;
    }

    /** The order the goods belong to, by its number: the reference on the packages' papers. */
    private Component orderReference() {
        Component reference = line("shipment.order", orderLabel());
        reference.setId("shipment-order-" + shipment.id());
        return reference;
    }

    private Component lastEvent() {
        Shipment.Event last = shipment.lastEvent();
        if (last == null) {
            return line("shipment.lastEvent", getTranslation("shipment.noEvents"));
        }
        String text = getTranslation("shipmentEvent." + last.type()) + " · " + DateTimes.format(last.occurredAt());
        if (last.detail() != null) {
            text += " · " + last.detail();
        }
        return line("shipment.lastEvent", text);
    }

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("profile-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("shipment-line");
        return line;
    }

    private Component actions(BiConsumer<Shipment, ShipmentEventType> onTap) {
        Div actions = new Div();
        actions.addClassName("shipment-actions");
        for (ShipmentEventType type : shipment.legalEvents()) {
            Button button = new Button(getTranslation("shipmentEvent." + type), new Icon(ICONS.get(type)),
                    click -> onTap.accept(shipment, type));
            button.setId("shipment-" + shipment.id() + "-" + type);
            button.addThemeVariants(ButtonVariant.LARGE,
                    type == ShipmentEventType.EXCEPTION ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
            actions.add(button);
        }
        return actions;
    }
}
