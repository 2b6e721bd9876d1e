package io.canale.portal.incentive;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The incentive programs the reader sees (a dealer: those it takes part in; staff: all), newest first, each as a card:
 * its name, when it runs and its rules in short; a card opens the program with its rules in words and the earnings.
 * One column of cards fits a phone.
 */
@Route(value = "incentives", layout = MainLayout.class)
@Menu(title = "nav.incentives", icon = "vaadin:medal")
@RolesAllowed(Areas.INCENTIVES)
@StyleSheet("styles/incentive.css")
class IncentivesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<IncentiveProgram> grid = new Grid<>();
    private final IncentiveTexts texts;

    IncentivesView(IncentiveApi api, Paging paging) {
        this.texts = new IncentiveTexts(getLocale(), this::getTranslation);
        addClassName("incentives-view");
        setSizeFull();
        configureGrid();
        PagedGrids.bind(grid, paging.pager(api::programs), IncentiveProgram::id);
        add(new H2(getTranslation("incentives.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentives");
    }

    private void configureGrid() {
        grid.setId("incentive-program-grid");
        grid.addComponentColumn(this::card).setHeader(getTranslation("incentives.programs"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("incentives.empty"));
    }

    private Component card(IncentiveProgram program) {
        Div card = new Div();
        card.setId("incentive-program-" + program.id());
        card.addClassName("incentive-card");
        RouterLink name = new RouterLink(program.name(), IncentiveProgramView.class, IncentiveProgramView.parameters(program.id()));
        name.setId("incentive-program-link-" + program.id());
        name.addClassName("incentive-card-name");
        Span runs = new Span(texts.runs(program));
        runs.addClassName("incentive-card-runs");
        Span summary = new Span(texts.summary(program, program.versionOn(LocalDate.now(io.canale.portal.DateTimes.zone()))));
        summary.addClassName("incentive-card-summary");
        card.add(new Div(name), new Div(runs), new Div(summary));
        return card;
    }
}
