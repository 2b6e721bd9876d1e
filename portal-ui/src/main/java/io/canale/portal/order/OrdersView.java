package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Orders, newest first, filtered by status. A dealer sees its suppliers, a supplier its dealers, staff both.
 * The orders one submission was split into share a submission label; after a split submission
 * ({@code ?group=}) they are highlighted.
 */
@Route(value = "orders", layout = MainLayout.class)
@Menu(title = "nav.orders", order = 8, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ORDER_READER)
class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String GROUP_PARAMETER = "group";

    private final Grid<Order> grid = new Grid<>();
    private final Select<OrderStatus> statusFilter = new Select<>();
    private final Span submissionNotice = new Span();
    private final PartnerType partnerType;
    private final boolean mayOrder;
    private final Runnable refreshGrid;
    private String highlightedGroup;

    OrdersView(OrdersApi api, Paging paging, AuthenticationContext authentication) {
        this.partnerType = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.partner().partnerType()).orElse(null);
        this.mayOrder = authentication.hasRole(Roles.ORDERING_DEALER);
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue())));
        addClassName("orders-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        submissionNotice.setId("orders-submission-notice");
        submissionNotice.addClassName("orders-submission-notice");
        submissionNotice.setVisible(false);
        add(toolbar(), submissionNotice, grid);
    }

    /** The query of the list after a submission that was split into the given group. */
    static QueryParameters submission(String groupId) {
        return QueryParameters.of(GROUP_PARAMETER, groupId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orders");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        highlightedGroup = event.getLocation().getQueryParameters().getSingleParameter(GROUP_PARAMETER).orElse(null);
        submissionNotice.setText(highlightedGroup == null ? "" : getTranslation("orders.splitNotice"));
        submissionNotice.setVisible(highlightedGroup != null);
        refreshGrid.run();
    }

    private void configureGrid() {
        grid.setId("order-grid");
        grid.addComponentColumn(this::orderLink).setHeader(getTranslation("order.number")).setFlexGrow(1).setAutoWidth(true);
        grid.addComponentColumn(OrderStatusBadge::new).setHeader(getTranslation("order.status")).setFlexGrow(1);
        var supplier = grid.addColumn(order -> order.supplier().name()).setHeader(getTranslation("order.supplier")).setFlexGrow(2);
        supplier.setVisible(partnerType != PartnerType.SUPPLIER);
        var dealer = grid.addColumn(order -> order.dealer().name()).setHeader(getTranslation("order.dealer")).setFlexGrow(2);
        dealer.setVisible(partnerType != PartnerType.DEALER);
        grid.addColumn(order -> Amounts.format(order.total(), getLocale()))
                .setHeader(getTranslation("order.total")).setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        var requested = grid.addColumn(order -> DateTimes.format(order.requestedDate()))
                .setHeader(getTranslation("order.requestedDate")).setFlexGrow(1);
        var submission = grid.addColumn(Order::submissionLabel).setHeader(getTranslation("order.submission"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setPartNameGenerator(order -> order.groupId().equals(highlightedGroup) ? "highlighted" : null);
        NarrowScreens.hideWhenNarrow(grid, requested, submission);
        // On phones number, status and total fill the width; the other party is on the order's page.
        if (partnerType == PartnerType.DEALER) {
            NarrowScreens.hideWhenNarrow(grid, supplier);
        } else if (partnerType == PartnerType.SUPPLIER) {
            NarrowScreens.hideWhenNarrow(grid, dealer);
        } else {
            NarrowScreens.hideWhenNarrow(grid, supplier, dealer);
        }
        grid.setEmptyStateText(getTranslation("orders.empty"));
    }

    private Component orderLink(Order order) {
        RouterLink link = new RouterLink(order.number(), OrderView.class, OrderView.parameters(order.id()));
        link.setId("order-link-" + order.id());
        return link;
    }

    private void configureFilter() {
        statusFilter.setId("order-filter-status");
        statusFilter.setItems(OrderStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("orders.filter.allStatuses"));
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("orders.filter.allStatuses") : getTranslation("orderStatus." + status));
        statusFilter.setAriaLabel(getTranslation("order.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter);
        if (mayOrder) {
            Button newOrder = new Button(getTranslation("nav.newOrder"), new Icon(VaadinIcon.PLUS),
                    click -> getUI().ifPresent(ui -> ui.navigate(OrderEntryView.class)));
            newOrder.setId("orders-new");
            newOrder.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(newOrder);
        }
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }
}
