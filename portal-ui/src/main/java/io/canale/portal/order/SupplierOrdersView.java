package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.Amounts;
import io.canale.portal.ColumnSorts;
import io.canale.portal.DateTimes;
import io.canale.portal.EnumFilter;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.api.RecordType;
import io.canale.portal.live.LiveConnection;
import io.canale.portal.live.LiveRefresh;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The supplier's orders in one list, newest first, filtered to those to answer (the default), those to ship — answered
 * orders with confirmed goods not handed to a carrier yet, which stay there through partial hand-overs until everything
 * is handed over — or all. The filters are the API's ({@code orders(nextStep:)}), and so is each row's status: what
 * happens next, in words. A row offers what the API lets the reader do with the order: the supplier answers it line by
 * line and hands confirmed goods to a carrier while some are left; staff follow read-only. Lines and shipments unfold
 * under the row, so the grid fits a phone. New orders and changes show up live, keeping the scroll position and the
 * unfolded rows.
 */
@Route(value = "supplier/orders", layout = MainLayout.class)
@Menu(title = "nav.supplierOrders", order = 8, icon = "vaadin:clipboard-check")
@RolesAllowed(Areas.SUPPLIER_ORDERS)
class SupplierOrdersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter that opens the list on a filter other than "to answer" (the home's "to hand over" links it). */
    static final String SHOW = "show";

    private final Grid<Order> grid = new Grid<>();
    private final EnumFilter<OrderNextStep> stepFilter = new EnumFilter<>(
            List.of(OrderNextStep.AWAITING_ANSWER, OrderNextStep.TO_HAND_OVER), "supplierOrders.filter", "supplierOrders.filter.all");
    private final SupplierOrderApi api;
    private final ShipmentApi shipments;
    private final Runnable refreshGrid;
    /** The column the reader sorted by (null: newest first); the API sorts, never the grid in memory. */
    private ColumnSorts<OrderSort> sorts;

    SupplierOrdersView(SupplierOrderApi api, ShipmentApi shipments, Paging paging, LiveConnection live) {
        this.api = api;
        this.shipments = shipments;
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, stepFilter.getValue(), sorts.current())), Order::id);
        addClassName("supplier-orders-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        add(toolbar(), grid);
        LiveRefresh.onChanges(this, live, Set.of(RecordType.ORDER), refreshGrid);
    }

    /** {@code ?show=to-ship} opens the orders to ship, {@code ?show=all} every order; otherwise those to answer. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String show = event.getLocation().getQueryParameters().getSingleParameter(SHOW).orElse("");
        stepFilter.setValue(switch (show) {
            case "to-ship" -> OrderNextStep.TO_HAND_OVER;
            case "all" -> null;
            default -> OrderNextStep.AWAITING_ANSWER;
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supplierOrders");
    }

    /**
     * The order's number, which its papers and the dealer's confirmation carry, with the dealer under it: one column
     * for both keeps the list within a phone's width.
     */
    private Component number(Order order) {
        Span number = new Span(order.label());
        number.setId("supplier-order-number-" + order.id());
        Span dealer = new Span(order.dealer().name());
        dealer.addClassName("cell-hint");
        return new Span(number, dealer);
    }

    private void configureGrid() {
        grid.setId("supplier-order-grid");
        grid.addComponentColumn(this::number).setHeader(getTranslation("supplierOrders.orderAndDealer")).setFlexGrow(2)
                .setKey("NUMBER").setSortable(true);
        var requested = grid.addColumn(order -> DateTimes.format(order.requestedDate(), getLocale()))
                .setHeader(getTranslation("supplierOrders.requestedDate")).setFlexGrow(1);
        var size = grid.addColumn(order -> getTranslation("supplierOrders.size", order.lines().size(), order.orderedUnits()))
                .setHeader(getTranslation("supplierOrders.lines")).setFlexGrow(1);
        var total = grid.addColumn(order -> Amounts.format(order.total(), getLocale())).setHeader(getTranslation("order.total"))
                .setFlexGrow(1).setTextAlign(ColumnTextAlign.END).setKey("TOTAL").setSortable(true);
        // By number or total through the API, from the first page (its cursors belong to one sort).
        sorts = new ColumnSorts<>(grid, OrderSort.class, sort -> refreshGrid.run());
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("supplierOrders.status")).setFlexGrow(1);
        grid.addComponentColumn(this::rowActions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, requested, size, total);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(SupplierOrderDetails::new));
        grid.setEmptyStateText(getTranslation("supplierOrders.empty.hint"));
    }

    /** What happens next, in the API's words ("To hand over: 1 of 2 lines"); the order's status beside it as data. */
    private Component statusBadge(Order order) {
        Span status = new Span(order.nextStepText());
        status.addClassName("status-badge");
        status.setId("supplier-order-status-" + order.id());
        status.getElement().setAttribute("data-status", order.status().name());
        status.getElement().setAttribute("data-step", order.nextStep().name());
        return status;
    }

    private Component rowActions(Order order) {
        Button answer = RowActions.button(VaadinIcon.CLIPBOARD_CHECK, getTranslation("supplierOrders.answer"),
                () -> openAnswer(order));
        answer.setId("supplier-order-answer-" + order.id());
        // Filled, not tertiary: a primary tertiary button draws its white icon on a transparent background.
        answer.removeThemeVariants(ButtonVariant.TERTIARY);
        answer.addThemeVariants(ButtonVariant.PRIMARY);
        Button handOver = RowActions.button(VaadinIcon.TRUCK, getTranslation("supplierOrders.handOver"),
                () -> openHandOver(order));
        handOver.setId("supplier-order-handover-" + order.id());
        OrderActions can = order.viewerCan();
        // A row the reader may do nothing with (every row, for staff) stays empty; the others keep both places.
        boolean any = can.confirm() || can.ship();
        answer.setVisible(any);
        handOver.setVisible(any);
        RowActions.showIf(answer, can.confirm());
        RowActions.showIf(handOver, can.ship());
        return new Span(answer, handOver);
    }

    private void configureFilter() {
        stepFilter.setId("supplier-order-filter");
        stepFilter.setAriaLabel(getTranslation("supplierOrders.filter"));
        stepFilter.setWidth("14rem");
        // What waits for an answer comes first; what is left to ship and everything are one choice away.
        stepFilter.setValue(OrderNextStep.AWAITING_ANSWER);
        stepFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        return new Toolbar(stepFilter);
    }

    private void openAnswer(Order order) {
        SupplierAnswerDialog dialog = new SupplierAnswerDialog(order, LocalDate.now());
        dialog.addAnswerListener(event -> {
            OrderPayload payload = api.confirm(event.answer());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("supplierOrders.answered",
                        getTranslation("supplierOrderStatus." + payload.order().status())));
                refreshGrid.run();
            } else if (payload.versionConflict()) {
                showChanged(dialog, order.id());
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    /** After a version conflict: the order as it is now, or why it can no longer be answered. */
    private void showChanged(SupplierAnswerDialog dialog, String orderId) {
        Order current = api.load(orderId);
        if (current != null && current.viewerCan().confirm()) {
            dialog.showChanged(current);
        } else {
            dialog.close();
            Notifications.error(getTranslation("supplierOrders.noLongerOpen"));
        }
        refreshGrid.run();
    }

    private void openHandOver(Order order) {
        ShipmentHandOverDialog dialog = new ShipmentHandOverDialog(order, shipments.carriers());
        dialog.addHandOverListener(event -> {
            OrderPayload payload = shipments.handOver(order, event.carrierId(), event.packages(), event.lines());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("supplierOrders.handedOver.next", payload.order().nextStepText()));
                refreshGrid.run();
            } else if (payload.versionConflict()) {
                dialog.close();
                Notifications.error(getTranslation("supplierOrders.conflict"));
                refreshGrid.run();
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }
}
