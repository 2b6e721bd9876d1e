package io.canale.portal.order;

import io.canale.portal.api.EndCustomer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.DetailSections;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.change.RecordHistory;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One order: header, delivery, lines at their frozen prices with the supplier's answers, shipments with
 * their events, and the timeline. Actions come from {@link OrderPanel} beans (the dealer's cancellation
 * here; the supplier's and carrier's elsewhere), shown between the details and the lines.
 */
@Route(value = "orders/:" + OrderView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.ORDERS)
class OrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final OrderApi api;
    private final RecordHistory history;
    private final List<OrderPanel> panels;
    private Order order;

    OrderView(OrderApi api, List<OrderPanel> panels, RecordHistory history) {
        this.api = api;
        this.history = history;
        this.panels = panels;
        addClassName("order-view");
    }

    static RouteParameters parameters(String orderId) {
        return new RouteParameters(ID, orderId);
    }

    @Override
    public String getPageTitle() {
        return order == null ? getTranslation("nav.orders") : getTranslation("order.title", order.label());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        Order loaded = api.load(event.getRouteParameters().get(ID).orElse(""));
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    /** Reloads after a panel changed the order. */
    private void reload(String id) {
        Order current = api.load(id);
        if (current == null) {
            Notifications.error(getTranslation("order.gone"));
            getUI().ifPresent(ui -> ui.navigate(OrdersView.class));
        } else {
            render(current);
        }
    }

    private void render(Order current) {
        this.order = current;
        removeAll();
        add(new RouterLink(getTranslation("order.back"), OrdersView.class), header(), details(), panels(), lines(),
                shipments(), timeline());
    }

    private Component header() {
        H2 title = new H2(getTranslation("order.title", order.label()));
        title.setId("order-title");
        HorizontalLayout header = new HorizontalLayout(title, new OrderStatusBadge(order), history.button(order.id()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(
                entry("order.supplier", order.supplier().name(), "order-supplier"),
                entry("order.dealer", order.dealer().name(), "order-dealer"),
                entry("order.nextStep", order.nextStepText(), "order-next-step"),
                entry("order.requestedDate", DateTimes.format(order.requestedDate()), "order-requested-date"),
                entry("order.submission", order.submissionLabel(), "order-submission"),
                entry("order.total", Amounts.format(order.total(), getLocale()), "order-total"),
                entry("order.deliveryAddress", address(order.deliveryAddress()), "order-delivery-address"));
        // Personal data: the API returns it to the dealer and staff only.
        EndCustomer customer = order.endCustomer();
        if (customer != null) {
            profile.add(entry("order.customer", joined(customer.name(), customer.email(), customer.phone()),
                    "order-end-customer"));
        }
        return profile;
    }

    private Component entry(String labelKey, String value, String id) {
        return Profiles.entry(getTranslation(labelKey), value, id);
    }

    private String address(Order.DeliveryAddress address) {
        String country = Locale.of("", address.country()).getDisplayCountry(getLocale());
        return joined(address.recipient(), address.street(), address.postalCode() + " " + address.city(), country);
    }

    private static String joined(String... parts) {
        return String.join(", ", Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).toList());
    }

    private Component panels() {
        Div area = new Div();
        area.setId("order-panels");
        area.addClassName("order-panels");
        panels.forEach(panel -> panel.create(order, this::reload).ifPresent(area::add));
        area.setVisible(area.getComponentCount() > 0);
        return area;
    }

    private Component lines() {
        Grid<OrderLine> grid = new Grid<>();
        grid.setId("order-lines-grid");
        grid.setAllRowsVisible(true);
        var number = grid.addColumn(OrderLine::line).setHeader("#").setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(OrderLine::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        var name = grid.addColumn(OrderLine::name).setHeader(getTranslation("product.name")).setFlexGrow(2);
        grid.addColumn(OrderLine::quantity).setHeader(getTranslation("order.quantity")).setTextAlign(ColumnTextAlign.END);
        var unitPrice = grid.addColumn(line -> Amounts.format(line.unitPrice(), getLocale()))
                .setHeader(getTranslation("order.unitPriceHeader")).setTextAlign(ColumnTextAlign.END);
        var total = grid.addColumn(line -> Amounts.format(line.total(), getLocale()))
                .setHeader(getTranslation("order.lineTotal")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> line.confirmedQuantity() == null ? getTranslation("order.notAnswered")
                : String.valueOf(line.confirmedQuantity())).setHeader(getTranslation("order.confirmedQuantity"));
        var promised = grid.addColumn(line -> DateTimes.format(line.promisedDate()))
                .setHeader(getTranslation("order.promisedDate"));
        var reason = grid.addColumn(OrderLine::reason).setHeader(getTranslation("order.reason")).setFlexGrow(2);
        grid.setItems(order.lines());
        // The order's total is in the facts above: on phones the lines show SKU, ordered and confirmed.
        NarrowScreens.hideWhenNarrow(grid, number, name, unitPrice, total, promised, reason);
        Div section = new Div(new H3(getTranslation("order.lines")), grid);
        section.addClassName("detail-section");
        return section;
    }

    private Component shipments() {
        List<Component> items = order.shipments().stream().<Component>map(shipment -> DetailSections.item(
                getTranslation("order.shipment.heading", shipment.carrier().name(), shipment.packages(),
                        getTranslation("shipmentStatus." + shipment.status())),
                shipment.events().stream().map(this::event).toArray(String[]::new))).toList();
        return DetailSections.section("order-shipments", getTranslation("order.shipments"), items,
                getTranslation("order.shipments.empty"));
    }

    private String event(Shipment.Event event) {
        String detail = event.detail() == null ? "" : " · " + event.detail();
        return DateTimes.format(event.occurredAt()) + " · " + getTranslation("shipmentEvent." + event.type()) + detail;
    }

    private Component timeline() {
        List<Component> items = order.timeline().stream().<Component>map(entry ->
                DetailSections.item(DateTimes.format(entry.at()) + " · " + entry.by(), entry.summary())).toList();
        return DetailSections.section("order-timeline", getTranslation("order.timeline"), items,
                getTranslation("order.timeline.empty"));
    }
}
