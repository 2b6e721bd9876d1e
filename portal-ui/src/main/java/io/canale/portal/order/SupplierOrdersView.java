package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.IsoDates;
import io.canale.portal.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.PortalScopes;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The supplier's orders, those waiting for its answer first (the default filter), newest first. The
 * supplier answers an order line by line and hands confirmed ones to a carrier; staff follow read-only.
 * Lines and shipments unfold under the row, so the grid fits a phone.
 */
@Route(value = "supplier/orders", layout = MainLayout.class)
@Menu(title = "nav.supplierOrders", order = 8, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.SUPPLIER, Roles.STAFF})
class SupplierOrdersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SupplierOrder> grid = new Grid<>();
    private final Select<OrderStatus> statusFilter = new Select<>();
    private final SupplierOrdersApi api;
    private final ShipmentCarriers carriers;
    private final Paging paging;
    private final boolean supplier;
    private final Runnable refreshGrid;

    SupplierOrdersView(SupplierOrdersApi api, ShipmentCarriers carriers, Paging paging,
            AuthenticationContext authentication) {
        this.api = api;
        this.carriers = carriers;
        this.paging = paging;
        this.supplier = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.partner().partnerType() == PartnerType.SUPPLIER
                        && user.hasScope(PortalScopes.ORDERS_WRITE))
                .orElse(false);
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue())));
        addClassName("supplier-orders-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        add(toolbar(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supplierOrders");
    }

    private void configureGrid() {
        grid.setId("supplier-order-grid");
        grid.addColumn(order -> order.dealer().name()).setHeader(getTranslation("supplierOrders.dealer")).setFlexGrow(2);
        var requested = grid.addColumn(order -> IsoDates.format(order.requestedDate(), getLocale()))
                .setHeader(getTranslation("supplierOrders.requestedDate")).setFlexGrow(1);
        var size = grid.addColumn(order -> getTranslation("supplierOrders.size", order.lines().size(), order.orderedUnits()))
                .setHeader(getTranslation("supplierOrders.lines")).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("supplierOrders.status")).setFlexGrow(1);
        if (supplier) {
            grid.addComponentColumn(this::rowActions).setFlexGrow(0).setAutoWidth(true);
        }
        NarrowScreens.hideWhenNarrow(grid, requested, size);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(SupplierOrderDetails::new));
        grid.setEmptyStateText(getTranslation("supplierOrders.empty"));
    }

    private Component statusBadge(SupplierOrder order) {
        Span status = new Span(getTranslation("supplierOrderStatus." + order.status()));
        status.addClassName("status-badge");
        status.setId("supplier-order-status-" + order.id());
        status.getElement().setAttribute("data-status", order.status().name());
        return status;
    }

    private Component rowActions(SupplierOrder order) {
        Button answer = RowActions.button(VaadinIcon.CLIPBOARD_CHECK, getTranslation("supplierOrders.answer"),
                () -> openAnswer(order));
        answer.setId("supplier-order-answer-" + order.id());
        // Filled, not tertiary: a primary tertiary button draws its white icon on a transparent background.
        answer.removeThemeVariants(ButtonVariant.TERTIARY);
        answer.addThemeVariants(ButtonVariant.PRIMARY);
        Button handOver = RowActions.button(VaadinIcon.TRUCK, getTranslation("supplierOrders.handOver"),
                () -> openHandOver(order));
        handOver.setId("supplier-order-handover-" + order.id());
        RowActions.showIf(answer, order.status().awaitsAnswer());
        RowActions.showIf(handOver, order.status().shippable());
        return new Span(answer, handOver);
    }

    private void configureFilter() {
        statusFilter.setId("supplier-order-filter-status");
        statusFilter.setItems(OrderStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("supplierOrders.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("supplierOrders.filter.all") : getTranslation("supplierOrderStatus." + status));
        statusFilter.setAriaLabel(getTranslation("supplierOrders.status"));
        statusFilter.setWidth("17rem");
        // What waits for an answer comes first; the other states are one choice away.
        statusFilter.setValue(OrderStatus.SUBMITTED);
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter);
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void openAnswer(SupplierOrder order) {
        SupplierAnswerDialog dialog = new SupplierAnswerDialog(order, LocalDate.now());
        dialog.addAnswerListener(event -> {
            SupplierOrderPayload payload = api.answer(event.answer());
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
        SupplierOrder current = api.load(orderId);
        if (current != null && current.status().awaitsAnswer()) {
            dialog.showChanged(current);
        } else {
            dialog.close();
            Notifications.error(getTranslation("supplierOrders.noLongerOpen"));
        }
        refreshGrid.run();
    }

    private void openHandOver(SupplierOrder order) {
        ShipmentHandOverDialog dialog = new ShipmentHandOverDialog(order, carriers);
        dialog.addHandOverListener(event -> {
            SupplierOrderPayload payload = api.ship(order, event.carrierId(), event.packages());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("supplierOrders.handedOver"));
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
