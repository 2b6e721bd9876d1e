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
import io.canale.portal.api.ApiException;
import io.canale.portal.api.Connection;
import io.canale.portal.api.UserError;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shipment board, newest first, one card per shipment, a page at a time ("more" loads the next page through the
 * API's cursor). Where the API lets the reader record events (the shipment's carrier), a tap per event records what
 * happens (asking only for the detail the event needs); dealers, suppliers and staff follow along read-only. Each tap
 * carries an {@code eventId} that survives failures, so retrying is always safe. Tapping a card shows its events, where
 * the reporter corrects the last one within its window and the carrier attaches the photo of the delivered goods. A
 * shipment handed over or moved meanwhile shows up live.
 */
@Route(value = "shipments", layout = MainLayout.class)
@Menu(title = "nav.shipments", order = 8.5, icon = "vaadin:truck")
@RolesAllowed(Areas.SHIPMENTS)
class ShipmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ShipmentApi api;
    private final EnumFilter<Shipment.Status> statusFilter =
            new EnumFilter<>(Shipment.Status.class, "shipmentStatus", "shipments.filter.all");
    private final Div board = new Div();
    private final Button more = new Button();
    private List<Shipment> shipments = List.of();
    /** Where the next page starts; null when the loaded pages are all there is. */
    private String nextPage;

    ShipmentsView(ShipmentApi api, LiveConnection live) {
        this.api = api;
        addClassName("shipments-view");
        configureFilter();
        configureBoard();
        configureMore();
        add(toolbar(), board, more);
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

    private void configureMore() {
        more.setText(getTranslation("shipments.more"));
        more.setId("shipments-more");
        more.addClickListener(click -> loadMore());
        more.setVisible(false);
    }

    private Component toolbar() {
        Button reload = new Button(getTranslation("action.reload"), new Icon(VaadinIcon.REFRESH), click -> reload());
        reload.setId("shipments-reload");
        return new Toolbar(statusFilter, reload);
    }

    /** Loads as many shipments as were shown (at least a page) again from the start: the cursors may point elsewhere now. */
    private void reload() {
        int shown = Math.max(ShipmentApi.PAGE_SIZE, shipments.size());
        List<Shipment> loaded = new ArrayList<>();
        String after = null;
        do {
            Connection<Shipment> page = api.page(statusFilter.getValue(), Math.min(100, shown - loaded.size()), after);
            loaded.addAll(page.nodes());
            after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
        } while (after != null && loaded.size() < shown);
        shipments = loaded;
        nextPage = after;
        ShipmentEventIds ids = ShipmentEventIds.ofSession();
        shipments.forEach(ids::settle);
        render();
    }

    private void loadMore() {
        if (nextPage == null) {
            return;
        }
        Connection<Shipment> page = api.page(statusFilter.getValue(), ShipmentApi.PAGE_SIZE, nextPage);
        List<Shipment> loaded = new ArrayList<>(shipments);
        loaded.addAll(page.nodes());
        shipments = loaded;
        nextPage = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
        ShipmentEventIds ids = ShipmentEventIds.ofSession();
        page.nodes().forEach(ids::settle);
        render();
    }

    private void render() {
        board.removeAll();
        Shipment.Status shown = statusFilter.getValue();
        shipments.stream()
                .filter(shipment -> shown == null || shipment.status() == shown)
                .map(shipment -> new ShipmentCard(shipment, shipment.viewerCan().recordEvent() ? this::tap : null, this::open))
                .forEach(board::add);
        if (board.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("shipments.empty.hint"));
            empty.setId("shipments-empty");
            board.add(empty);
        }
        more.setVisible(nextPage != null);
    }

    /** The card's events, with the correction and the proof of delivery where the API allows them. */
    private void open(Shipment shipment) {
        new ShipmentEventsDialog(shipment, new ShipmentEventsDialog.Actions() {
            @Override
            public void correct(Shipment corrected, ShipmentEventType type, String detail) {
                ShipmentsView.this.correct(corrected, type, detail);
            }

            @Override
            public void attachProof(Shipment delivered, File photo, String fileName) {
                ShipmentsView.this.attachProof(delivered, photo, fileName);
            }

            @Override
            public void downloadProof(Shipment.ProofOfDelivery proof, OutputStream out) {
                api.copyProof(proof.downloadPath(), out);
            }
        }).open();
    }

    /** A correction carries its own id, kept until the backend confirmed it, so a retry is a repeat. */
    private void correct(Shipment shipment, ShipmentEventType type, String detail) {
        ShipmentEventIds ids = ShipmentEventIds.ofSession();
        String key = shipment.id() + "/correction";
        ShipmentPayload payload = api.correct(shipment, type, ids.forTap(key, type), detail);
        if (payload.succeeded()) {
            ids.recorded(key, type);
            Notifications.success(getTranslation("shipments.corrected", getTranslation("shipmentEvent." + type)));
            replace(payload.shipment());
        } else {
            UserErrorDisplay.notify(payload.userErrors());
            reload();
        }
    }

    /** Runs in the upload's request (which carries the user's session): forwards the photo, then updates the board. */
    private void attachProof(Shipment shipment, File photo, String fileName) {
        List<UserError> refused;
        ApiException failed = null;
        try {
            refused = api.attachProof(shipment.id(), photo, fileName);
        } catch (ApiException ex) {
            refused = List.of();
            failed = ex;
        } finally {
            try {
                Files.deleteIfExists(photo.toPath());
            } catch (IOException ignored) {
                // a temporary file the container cleans up anyway
            }
        }
        List<UserError> reasons = refused;
        ApiException failure = failed;
        getUI().ifPresent(ui -> ui.access(() -> {
            if (failure != null) {
                Notifications.apiError(failure);
            } else if (reasons.isEmpty()) {
                Notifications.success(getTranslation("shipment.proof.done"));
                ui.getChildren().filter(ShipmentEventsDialog.class::isInstance).map(ShipmentEventsDialog.class::cast)
                        .forEach(ShipmentEventsDialog::close);
                reload();
            } else {
                UserErrorDisplay.notify(reasons);
            }
        }));
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
