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

/**
 * One shipment on the board: status, packages, where and when to deliver, the last event and, for its
 * carrier, one large button per event that is legal now (thumb-sized on a phone).
 */
class ShipmentCard extends Div {

    private static final Map<ShipmentEventType, VaadinIcon> ICONS = Map.of(
            ShipmentEventType.PICKED_UP, VaadinIcon.PACKAGE,
            ShipmentEventType.IN_TRANSIT, VaadinIcon.TRUCK,
            ShipmentEventType.DELIVERED, VaadinIcon.CHECK,
            ShipmentEventType.EXCEPTION, VaadinIcon.WARNING);

    private final Shipment shipment;

    /** {@code onTap} is null for readers who may not record events. */
    ShipmentCard(Shipment shipment, BiConsumer<Shipment, ShipmentEventType> onTap) {
        this.shipment = shipment;
        setId("shipment-" + shipment.id());
        addClassName("shipment-card");
        add(header(), address(), orderReference(),
                line("shipment.requestedDate", DateTimes.format(shipment.requestedDate(), getLocale())), lastEvent());
        if (onTap != null && !shipment.legalEvents().isEmpty()) {
            add(actions(onTap));
        }
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

    private Component address() {
        Order.DeliveryAddress to = shipment.deliveryAddress();
        String country = Locale.of("", to.country()).getDisplayCountry(getLocale());
        Div address = new Div(new Div(to.recipient()), new Div(to.street()),
                new Div(to.postalCode() + " " + to.city() + ", " + country));
        address.addClassName("shipment-address");
        return address;
    }

    /** The order the goods belong to, by its number: the reference on the packages' papers. */
    private Component orderReference() {
        Component reference = line("shipment.order", shipment.orderNumber() == null ? "–" : shipment.orderNumber());
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
