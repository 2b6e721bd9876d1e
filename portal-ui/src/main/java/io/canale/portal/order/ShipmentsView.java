package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.EnumFilter;
import io.canale.portal.Notifications;
import io.canale.portal.Toolbar;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.RecordType;
import io.canale.portal.live.LiveConnection;
import io.canale.portal.live.LiveRefresh;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * The shipment board, newest first, one card per shipment. Where the API lets the reader record events (the
 * shipment's carrier), a tap per event records what happens (asking only for the detail the event needs);
 * dealers, suppliers and staff follow along read-only. Each tap carries an {@code eventId} that survives
 * failures, so retrying is always safe. A shipment handed over or moved meanwhile shows up live.
 */
@Route(value = "shipments", layout = MainLayout.class)
@Menu(title = "nav.shipments", order = 8.5, icon = "vaadin:truck")
@RolesAllowed(Areas.SHIPMENTS)
class ShipmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ShipmentApi api;
    private final EnumFilter<Shipment.Status> statusFilter =
            new EnumFilter<>(Shipment.Status.class, "shipmentStatus", "shipments.filter.all");
    private final Div board = new Div();
    private List<Shipment> shipments = List.of();

    ShipmentsView(ShipmentApi api, LiveConnection live) {
        this.api = api;
        addClassName("shipments-view");
        configureFilter();
        configureBoard();
        add(toolbar(), board);
        // Shipments live in their orders: a hand-over or another device's event is a change of an order.
        LiveRefresh.onChanges(this, live, Set.of(RecordType.ORDER), this::reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.shipments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        reload();
    }

    private void configureFilter() {
        statusFilter.setId("shipment-filter-status");
        statusFilter.setAriaLabel(getTranslation("shipment.status"));
        statusFilter.addValueChangeListener(change -> reload());
    }

    private void configureBoard() {
        board.setId("shipment-board");
        board.addClassName("shipment-board");
        board.setWidthFull();
    }

    private Component toolbar() {
        Button reload = new Button(getTranslation("action.reload"), new Icon(VaadinIcon.REFRESH), click -> reload());
        reload.setId("shipments-reload");
        return new Toolbar(statusFilter, reload);
    }

    private void reload() {
        shipments = api.newest(statusFilter.getValue());
        ShipmentEventIds ids = ShipmentEventIds.ofSession();
        shipments.forEach(ids::settle);
        render();
    }

    private void render() {
        board.removeAll();
        Shipment.Status shown = statusFilter.getValue();
        shipments.stream()
                .filter(shipment -> shown == null || shipment.status() == shown)
                .map(shipment -> new ShipmentCard(shipment, shipment.viewerCan().recordEvent() ? this::tap : null))
                .forEach(board::add);
        if (board.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("shipments.empty.hint"));
            empty.setId("shipments-empty");
            board.add(empty);
        }
    }

    private void tap(Shipment shipment, ShipmentEventType type) {
        if (type.detail == ShipmentEventType.Detail.NONE) {
            record(shipment, type, null);
            return;
        }
        ShipmentDetailDialog dialog = new ShipmentDetailDialog(type);
        dialog.addDetailListener(event -> {
            dialog.close();
            record(shipment, type, event.detail());
        });
        dialog.open();
    }

    /** A failure in transport leaves the event id pending: the next tap repeats the same event. */
    private void record(Shipment shipment, ShipmentEventType type, String detail) {
        ShipmentEventIds ids = ShipmentEventIds.ofSession();
        ShipmentPayload payload = api.record(shipment, type, ids.forTap(shipment.id(), type), detail);
        if (payload.succeeded()) {
            ids.recorded(shipment.id(), type);
            Notifications.success(getTranslation("shipments.recorded", getTranslation("shipmentEvent." + type)));
            replace(payload.shipment());
        } else {
            // Mostly another device recorded an event first: show the shipment as it is now.
            UserErrorDisplay.notify(payload.userErrors());
            reload();
        }
    }

    private void replace(Shipment changed) {
        shipments = shipments.stream().map(shipment -> shipment.id().equals(changed.id()) ? changed : shipment).toList();
        render();
    }
}
