package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.EmptyTexts;
import io.canale.portal.DateTimes;
import io.canale.portal.EnumFilter;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.api.RecordType;
import io.canale.portal.live.LiveConnection;
import io.canale.portal.live.LiveRefresh;
import io.canale.portal.Toolbar;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * The service cases the reader takes part in, newest first, with the resolution clock's countdown; filtered by
 * status and to those waiting on the reader's partner. Dealers (and staff) open new cases from here. New cases and
 * changes show up live.
 */
@Route(value = "service-cases", layout = MainLayout.class)
@Menu(title = "nav.serviceCases", order = 10, icon = "vaadin:lifebuoy")
@RolesAllowed(Areas.SERVICE_CASES)
class ServiceCasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<ServiceCase> grid = new Grid<>();
    private final EnumFilter<ServiceCase.Status> statusFilter =
            new EnumFilter<>(ServiceCase.Status.class, "caseStatus", "cases.filter.allStatuses");
    private final Checkbox waitingOnMe = new Checkbox();
    private final ServiceCaseApi api;
    private final Paging paging;
    private final CurrentViewer viewer;
    private final Runnable refreshGrid;

    ServiceCasesView(ServiceCaseApi api, Paging paging, CurrentViewer viewer, LiveConnection live) {
        this.api = api;
        this.paging = paging;
        this.viewer = viewer;
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, statusFilter.getValue(), waitingOnMe.getValue())),
                ServiceCase::id);
        addClassName("cases-view");
        setSizeFull();
        configureGrid();
        configureFilters();
        add(toolbar(), grid);
        LiveRefresh.onChanges(this, live, Set.of(RecordType.SERVICE_CASE), refreshGrid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.serviceCases");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refreshGrid.run();
    }

    private void configureGrid() {
        grid.setId("case-grid");
        grid.addComponentColumn(this::caseLink).setHeader(getTranslation("case.subject")).setFlexGrow(3);
        grid.addComponentColumn(CaseBadges::status).setHeader(getTranslation("case.status")).setFlexGrow(1);
        grid.addComponentColumn(serviceCase -> CaseBadges.clock(serviceCase.sla().resolution(), serviceCase.id(), "resolution"))
                .setHeader(getTranslation("case.sla.resolution")).setFlexGrow(1);
        var type = grid.addColumn(serviceCase -> getTranslation("caseType." + serviceCase.type())).setHeader(getTranslation("case.type"))
                .setFlexGrow(1);
        var waiting = grid.addColumn(serviceCase -> serviceCase.waitingOn() == null ? ""
                : getTranslation("waitingOn." + serviceCase.waitingOn())).setHeader(getTranslation("case.waitingOn")).setFlexGrow(1);
        var dealer = grid.addColumn(serviceCase -> serviceCase.dealer().name()).setHeader(getTranslation("case.dealer")).setFlexGrow(2);
        var opened = grid.addColumn(serviceCase -> DateTimes.format(serviceCase.createdAt())).setHeader(getTranslation("case.opened"))
                .setFlexGrow(1);
        // On phones: subject, status and the countdown fill the width; the rest is on the case's page.
        NarrowScreens.hideWhenNarrow(grid, type, waiting, dealer, opened);
        grid.setEmptyStateText(getTranslation(EmptyTexts.key("cases", viewer.get().areas())));
    }

    private Component caseLink(ServiceCase serviceCase) {
        RouterLink link = new RouterLink(serviceCase.subject(), ServiceCaseView.class, ServiceCaseView.parameters(serviceCase.id()));
        link.setId("case-link-" + serviceCase.id());
        return link;
    }

    private void configureFilters() {
        statusFilter.setId("case-filter-status");
        statusFilter.setAriaLabel(getTranslation("case.status"));
        statusFilter.addValueChangeListener(change -> refreshGrid.run());
        waitingOnMe.setId("case-filter-waiting-on-me");
        waitingOnMe.setLabel(getTranslation("cases.filter.waitingOnMe"));
        waitingOnMe.addValueChangeListener(change -> refreshGrid.run());
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(statusFilter, waitingOnMe);
        if (viewer.can().openServiceCase()) {
            toolbar.addCreateAction("cases-new", getTranslation("cases.open"), this::openDialog);
        }
        return toolbar;
    }

    private void openDialog() {
        OpenServiceCaseDialog dialog = new OpenServiceCaseDialog(api, paging, viewer.can().seeOtherPartners());
        dialog.addOpenedListener(opened -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(ServiceCaseView.class, ServiceCaseView.parameters(opened.serviceCase().id())));
        });
        dialog.open();
    }
}
