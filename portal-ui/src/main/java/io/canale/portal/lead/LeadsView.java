package io.canale.portal.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.EmptyTexts;
import io.canale.portal.ColumnSorts;
import io.canale.portal.CsvExportLink;
import io.canale.portal.DateOrderSelect;
import io.canale.portal.RememberedFilter;
import io.canale.portal.EnumFilter;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.Toolbar;
import io.canale.portal.api.DateOrder;
import io.canale.portal.api.Exports;
import io.canale.portal.api.Paging;
import io.canale.portal.api.RecordType;
import io.canale.portal.live.LiveConnection;
import io.canale.portal.live.LiveRefresh;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Set;

/**
 * The leads inbox, newest first: staff see all leads, a dealer those routed to or owned by it. Readers who see
 * other partners' leads filter by dealer and see each lead's dealer. A row offers accept and decline when the
 * API says the reader may; the customer's name opens the lead. A lead routed or changed meanwhile shows up live.
 */
@Route(value = "leads", layout = MainLayout.class)
@Menu(title = "nav.leads", order = 3, icon = "vaadin:inbox")
@RolesAllowed(Areas.LEADS)
class LeadsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Lead> grid = new Grid<>();
    private final EnumFilter<LeadStatus> statusFilter =
            new EnumFilter<>(LeadStatus.class, "leadStatus", "leads.filter.allStatuses");
    private final DealerPicker dealerFilter;
    private final LeadDecisions decisions;
    private final Runnable refreshGrid;
    private final Exports exports;
    private final DateOrderSelect order = new DateOrderSelect("lead-order");
    private final RememberedFilter remembered;
    /** The column the reader sorted by (null for the date order); the API sorts, never the grid in memory. */
    private ColumnSorts<LeadSort> sorts;

    LeadsView(LeadApi api, Paging paging, CurrentViewer viewer, LiveConnection live, Exports exports) {
        this.exports = exports;
        // A dealer sees only its own leads: filtering by dealer is for those who see other partners'.
        this.dealerFilter = viewer.can().seeOtherPartners() ? new DealerPicker(api, paging) : null;
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue(), dealerId(), order.getValue(),
                        sorts.current())), Lead::id);
        this.remembered = new RememberedFilter(this, viewer.get().subject(), "leads");
        this.decisions = new LeadDecisions(api, changed -> this.refreshGrid.run());
        addClassName("leads-view");
        setSizeFull();
        configureGrid();
        grid.setEmptyStateText(getTranslation(EmptyTexts.key("leads", viewer.get().areas())));
        configureFilter();
        add(toolbar(), grid);
        LiveRefresh.onChanges(this, live, Set.of(RecordType.LEAD), refreshGrid);
        addAttachListener(attach -> remembered.restore(values -> {
            statusFilter.setValue(RememberedFilter.constant(LeadStatus.class, values.get("status")));
            DateOrder restored = RememberedFilter.constant(DateOrder.class, values.get("order"));
            order.setValue(restored == null ? DateOrder.NEWEST_FIRST : restored);
            sorts.restore(RememberedFilter.constant(LeadSort.class, values.get("sort")));
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leads");
    }

    private void configureGrid() {
        grid.setId("lead-grid");
        grid.addComponentColumn(this::customerLink).setHeader(getTranslation("lead.customer")).setFlexGrow(2)
                .setKey("NAME").setSortable(true);
        var company = grid.addColumn(Lead::companyName).setHeader(getTranslation("lead.company")).setFlexGrow(2)
                .setKey("COMPANY").setSortable(true);
        var region = grid.addColumn(Lead::region).setHeader(getTranslation("lead.region")).setFlexGrow(1);
        var productLine = grid.addColumn(Lead::productLine).setHeader(getTranslation("lead.productLine")).setFlexGrow(1);
        var dealer = grid.addColumn(Lead::dealerName).setHeader(getTranslation("lead.dealer")).setFlexGrow(2);
        dealer.setVisible(dealerFilter != null);
        grid.addComponentColumn(lead -> new LeadStatusBadge(lead, Instant.now()))
                .setHeader(getTranslation("lead.status")).setFlexGrow(1).setKey("STATUS").setSortable(true);
        sorts = new ColumnSorts<>(grid, LeadSort.class, this::sorted);
        grid.addComponentColumn(this::rowActions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, company, region, productLine);
        if (dealerFilter != null) {
            NarrowScreens.hideWhenNarrow(grid, dealer);
        }
    }

    /**
     * The customer's name links to the lead; under it company, place, product line and the day it came in, so that two
     * leads with the same name are told apart (also on a phone, where those columns are hidden).
     */
    private Component customerLink(Lead lead) {
        RouterLink name = new RouterLink(lead.contact().name(), LeadView.class, new RouteParameters(LeadView.ID, lead.id()));
        Span hint = new Span(java.util.stream.Stream.of(lead.companyName(), place(lead), lead.productLine() == null ? "" : lead.productLine(),
                        lead.receivedAt() == null ? "" : DateTimes.format(java.time.LocalDate.ofInstant(lead.receivedAt(), DateTimes.zone())))
                .filter(part -> !part.isBlank()).collect(java.util.stream.Collectors.joining(" · ")));
        hint.setId("lead-hint-" + lead.id());
        hint.addClassName("cell-hint");
        return new Div(name, hint);
    }

    private static String place(Lead lead) {
        if (lead.address() == null) {
            return "";
        }
        return java.util.stream.Stream.of(lead.address().postalCode(), lead.address().region())
                .filter(java.util.Objects::nonNull).filter(part -> !part.isBlank()).collect(java.util.stream.Collectors.joining(" "));
    }

    private Component rowActions(Lead lead) {
        var accept = RowActions.button(VaadinIcon.CHECK, getTranslation("lead.accept"), () -> decisions.accept(lead));
        accept.setId("lead-accept-" + lead.id());
        accept.addThemeVariants(ButtonVariant.SUCCESS);
        var decline = RowActions.button(VaadinIcon.CLOSE, getTranslation("lead.decline"), () -> decisions.decline(lead));
        decline.setId("lead-decline-" + lead.id());
        decline.addThemeVariants(ButtonVariant.ERROR);
        RowActions.showIf(accept, lead.viewerCan().accept());
        RowActions.showIf(decline, lead.viewerCan().decline());
        return new Span(accept, decline);
    }

    private void configureFilter() {
        statusFilter.setId("lead-filter-status");
        statusFilter.setAriaLabel(getTranslation("lead.status"));
        statusFilter.addValueChangeListener(change -> filterChanged());
        order.addValueChangeListener(change -> filterChanged());
        if (dealerFilter != null) {
            dealerFilter.setId("lead-filter-dealer");
            dealerFilter.setPlaceholder(getTranslation("leads.filter.allDealers"));
            dealerFilter.setAriaLabel(getTranslation("lead.dealer"));
            dealerFilter.setClearButtonVisible(true);
            dealerFilter.addValueChangeListener(change -> refreshGrid.run());
        }
    }

    /** Reloads the grid and remembers the filter for the next visit (the dealer is not: a picker's search). */
    private void filterChanged() {
        remembered.remember(CsvExportLink.parameters("status", statusFilter.getValue(), "order", order.getValue(), "sort", sorts.current()));
        refreshGrid.run();
    }

    /** A header clicked: the API sorts by that column (or by date again when the sort is cleared), from the first page. */
    private void sorted(LeadSort sort) {
        order.setEnabled(sort == null);
        filterChanged();
    }

    private String dealerId() {
        return dealerFilter == null || dealerFilter.getValue() == null ? null : dealerFilter.getValue().id();
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(statusFilter);
        if (dealerFilter != null) {
            toolbar.add(dealerFilter);
        }
        toolbar.add(order, new CsvExportLink(exports, "leads-export", "leads.csv", "/exports/leads.csv",
                () -> CsvExportLink.parameters("status", statusFilter.getValue(), "dealerId", dealerId(), "order", order.getValue(),
                        "sort", sorts.current())));
        return toolbar;
    }
}
