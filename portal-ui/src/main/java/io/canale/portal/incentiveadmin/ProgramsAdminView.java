package io.canale.portal.incentiveadmin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.PagedGrids;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Staff's incentive programs, newest first: each with its period and what it still owes, linked to its editor. */
@Route(value = "incentives/admin", layout = MainLayout.class)
@Menu(title = "nav.incentiveAdmin", icon = "vaadin:trophy")
@RolesAllowed(Areas.INCENTIVE_ADMIN)
class ProgramsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<StaffProgram> grid = new Grid<>();

    ProgramsAdminView(IncentiveAdminApi api, Paging paging) {
        addClassName("programs-admin-view");
        setSizeFull();
        PagedGrids.bind(grid, paging.pager(api::page));
        configureGrid();
        Button create = new Button(getTranslation("incentiveAdmin.new"), new Icon(VaadinIcon.PLUS),
                click -> getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class)));
        create.setId("program-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Toolbar(create), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentiveAdmin");
    }

    private void configureGrid() {
        grid.setId("program-grid");
        grid.addComponentColumn(this::card).setHeader(getTranslation("incentiveAdmin.programs"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("incentiveAdmin.empty"));
    }

    /** One program: its name (a link to its editor), its dates and accrual period, and its liability. */
    private Div card(StaffProgram program) {
        Div card = new Div();
        card.setId("program-" + program.id());
        card.addClassName("program-card");
        RouterLink name = new RouterLink(program.name(), ProgramAdminView.class, new RouteParameters(ProgramAdminView.ID, program.id()));
        name.setId("program-link-" + program.id());
        card.add(new Div(name), new Div(new Span(getTranslation("incentiveAdmin.runs", DateTimes.format(program.startDate()), DateTimes.format(program.endDate()),
                getTranslation("incentivePeriodLength." + program.accrualPeriod())))));
        if (program.liability() != null) {
            card.add(new Div(new Span(getTranslation("incentiveAdmin.liability", Amounts.format(program.liability(), getLocale())))));
        }
        return card;
    }
}
