package io.canale.portal.order;

import io.canale.portal.EmptyTexts;
import io.canale.portal.ColumnSorts;
import io.canale.portal.CsvExportLink;
import io.canale.portal.DateOrderSelect;
import io.canale.portal.RememberedFilter;
import io.canale.portal.api.DateOrder;
import io.canale.portal.api.Exports;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.EnumFilter;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Viewer;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Orders, newest first or by a column header (number, status, parties, total: sorted by the API), filtered by status. Readers who see other partners' orders (staff) see dealer and
 * supplier; others see the party the orders name besides their own partner (a dealer its suppliers, a supplier
 * its dealers). The orders one submission was split into share a submission label; after a split submission
 * ({@code ?group=}) they are highlighted.
 */
@Route(value = "orders", layout = MainLayout.class)
@Menu(title = "nav.orders", order = 8, icon = "vaadin:clipboard-text")
@RolesAllowed(Areas.ORDERS)
class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String GROUP_PARAMETER = "group";

    private final Grid<Order> grid = new Grid<>();
    private final EnumFilter<OrderStatus> statusFilter =
            new EnumFilter<>(OrderStatus.class, "orderStatus", "orders.filter.allStatuses");
    private final TextField numberFilter = new TextField();
    private final Span submissionNotice = new Span();
    private final Viewer viewer;
    private final Runnable refreshGrid;
    private Map<PartyColumn, Grid.Column<Order>> partyColumns;
    private final Set<PartyColumn> othersNamed = EnumSet.noneOf(PartyColumn.class);
    /** Until the browser tells its width, a desktop is assumed. */
    private boolean wide = true;
    private String highlightedGroup;

    private final Exports exports;
    private final DateOrderSelect order = new DateOrderSelect("order-order");
    private final RememberedFilter remembered;
    /** The column the reader sorted by (null for the date order); the API sorts, never the grid in memory. */
    private ColumnSorts<OrderSort> sorts;

    OrdersView(OrderApi api, Paging paging, CurrentViewer viewer, Exports exports) {
        this.viewer = viewer.get();
        this.exports = exports;
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> showParties(api.page(first, after, statusFilter.getValue(), order.getValue(),
                        sorts.current(), numberFilter.getValue()))));
        this.remembered = new RememberedFilter(this, this.viewer.subject(), "orders");
        addClassName("orders-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        submissionNotice.setId("orders-submission-notice");
        submissionNotice.addClassName("orders-submission-notice");
        submissionNotice.setVisible(false);
        add(toolbar(), submissionNotice, grid);
        addAttachListener(attach -> remembered.restore(values -> {
            statusFilter.setValue(RememberedFilter.constant(OrderStatus.class, values.get("status")));
            DateOrder restored = RememberedFilter.constant(DateOrder.class, values.get("order"));
            order.setValue(restored == null ? DateOrder.NEWEST_FIRST : restored);
            sorts.restore(RememberedFilter.constant(OrderSort.class, values.get("sort")));
        }));
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
        grid.addComponentColumn(this::orderLink).setHeader(getTranslation("order.number")).setFlexGrow(1).setAutoWidth(true)
                .setKey("NUMBER").setSortable(true);
        grid.addComponentColumn(OrderStatusBadge::new).setHeader(getTranslation("order.status")).setFlexGrow(1)
                .setKey("STATUS").setSortable(true);
        var supplier = grid.addColumn(order -> order.supplier().name()).setHeader(getTranslation("order.supplier")).setFlexGrow(2)
                .setKey("SUPPLIER").setSortable(true);
        var dealer = grid.addColumn(order -> order.dealer().name()).setHeader(getTranslation("order.dealer")).setFlexGrow(2)
                .setKey("DEALER").setSortable(true);
        grid.addColumn(order -> Amounts.format(order.total(), getLocale()))
                .setHeader(getTranslation("order.total")).setFlexGrow(1).setTextAlign(ColumnTextAlign.END)
                .setKey("TOTAL").setSortable(true);
        sorts = new ColumnSorts<>(grid, OrderSort.class, this::sorted);
        var requested = grid.addColumn(order -> DateTimes.format(order.requestedDate()))
                .setHeader(getTranslation("order.requestedDate")).setFlexGrow(1);
        var submission = grid.addColumn(Order::submissionLabel).setHeader(getTranslation("order.submission"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setPartNameGenerator(order -> order.groupId().equals(highlightedGroup) ? "highlighted" : null);
        NarrowScreens.hideWhenNarrow(grid, requested, submission);
        if (viewer.viewerCan().seeOtherPartners()) {
            // Both parties vary: on phones number, status and total fill the width; the parties are on the order's page.
            NarrowScreens.hideWhenNarrow(grid, supplier, dealer);
        } else {
            // One party is the reader's own partner: its column appears once the orders name another one.
            partyColumns = Map.of(PartyColumn.DEALER, dealer, PartyColumn.SUPPLIER, supplier);
            partyColumns.values().forEach(column -> column.setVisible(false));
            // On phones they stay hidden too, like everybody's: number, status and total fill the width.
            NarrowScreens.followWidth(grid, isWide -> {
                wide = isWide;
                showPartyColumns();
            });
        }
        grid.setEmptyStateText(getTranslation(EmptyTexts.key("orders", viewer.areas())));
    }

    /** Shows the party columns the page names others in, for readers who do not see other partners' orders. */
    private Connection<Order> showParties(Connection<Order> page) {
        if (partyColumns != null) {
            String own = viewer.partner() == null ? null : viewer.partner().id();
            othersNamed.addAll(PartyColumn.namingOthers(page.nodes(), own));
            showPartyColumns();
        }
        return page;
    }

    private void showPartyColumns() {
        partyColumns.forEach((party, column) -> column.setVisible(wide && othersNamed.contains(party)));
    }

    private Component orderLink(Order order) {
        RouterLink link = new RouterLink(order.label(), OrderView.class, OrderView.parameters(order.id()));
        link.setId("order-link-" + order.id());
        return link;
    }

    private void configureFilter() {
        statusFilter.setId("order-filter-status");
        statusFilter.setAriaLabel(getTranslation("order.status"));
        statusFilter.addValueChangeListener(change -> filterChanged());
        order.addValueChangeListener(change -> filterChanged());
        // The whole number, e.g. 2026-000123 (or 2026-123): the list narrows to that order.
        numberFilter.setId("order-filter-number");
        numberFilter.setPlaceholder(getTranslation("orders.filter.number"));
        numberFilter.setAriaLabel(getTranslation("orders.filter.number"));
        numberFilter.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        numberFilter.setClearButtonVisible(true);
        numberFilter.setValueChangeMode(ValueChangeMode.LAZY);
        numberFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    /** Reloads the grid and remembers the filter (and column sort) for the next visit. */
    private void filterChanged() {
        remembered.remember(CsvExportLink.parameters("status", statusFilter.getValue(), "order", order.getValue(), "sort", sorts.current()));
        refreshGrid.run();
    }

    /** A header clicked: the API sorts by that column (or by date again when the sort is cleared), from the first page. */
    private void sorted(OrderSort sort) {
        order.setEnabled(sort == null);
        filterChanged();
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(numberFilter, statusFilter);
        if (viewer.viewerCan().submitOrder()) {
            toolbar.addCreateAction("orders-new", getTranslation("nav.newOrder"),
                    () -> getUI().ifPresent(ui -> ui.navigate(OrderEntryView.class)));
        }
        toolbar.add(order, new CsvExportLink(exports, "orders-export", "orders.csv", "/exports/orders.csv",
                () -> CsvExportLink.parameters("status", statusFilter.getValue(), "order", order.getValue(), "sort", sorts.current())));
        return toolbar;
    }
}
