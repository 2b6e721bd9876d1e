package io.canale.portal.fund;

import com.vaadin.flow.component.Component;
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
import io.canale.portal.Amounts;
import io.canale.portal.DateTimes;
import io.canale.portal.PagedGrids;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Staff's fund budgets, newest first: each with its period, what was allocated and what is left, and the allocation to
 * a dealer where the budget's {@code viewerCan} allows it; a new budget from the toolbar. One column of cards fits a
 * phone.
 */
@Route(value = "funds/budgets", layout = MainLayout.class)
@Menu(title = "nav.fundBudgets", icon = "vaadin:wallet")
@RolesAllowed(Areas.FUND_BUDGETS)
class FundBudgetsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<FundBudget> grid = new Grid<>();
    private final FundApi api;
    private final Paging paging;
    private final Runnable refreshGrid;

    FundBudgetsView(FundApi api, Paging paging) {
        this.api = api;
        this.paging = paging;
        this.refreshGrid = PagedGrids.bind(grid, paging.pager(api::budgets));
        addClassName("fund-budgets-view");
        setSizeFull();
        configureGrid();
        Button create = new Button(getTranslation("fundBudgets.new"), new Icon(VaadinIcon.PLUS),
                click -> new NewBudgetDialog(api, refreshGrid).open());
        create.setId("budget-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Toolbar(create), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.fundBudgets");
    }

    private void configureGrid() {
        grid.setId("budget-grid");
        grid.addComponentColumn(this::card).setHeader(getTranslation("fundBudgets.budgets"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("fundBudgets.empty"));
    }

    private Component card(FundBudget budget) {
        Div card = new Div();
        card.setId("budget-" + budget.id());
        card.addClassName("fund-budget");
        Span figures = new Span(getTranslation("fundBudgets.figures", Amounts.format(budget.available(), getLocale()),
                Amounts.format(budget.amount(), getLocale()), Amounts.format(budget.allocated(), getLocale())));
        figures.setId("budget-available-" + budget.id());
        card.add(new Div(new Span(budget.name())), new Div(figures), new Div(getTranslation("fundBudgets.period",
                DateTimes.format(budget.startsOn()), DateTimes.format(budget.endsOn()), budget.claimDays())));
        if (budget.viewerCan() != null && budget.viewerCan().allocate()) {
            Button allocate = new Button(getTranslation("fundBudgets.allocate"), new Icon(VaadinIcon.PLUS),
                    click -> new AllocateFundsDialog(budget, api, paging, refreshGrid).open());
            allocate.setId("budget-allocate-" + budget.id());
            allocate.addThemeVariants(ButtonVariant.SMALL);
            card.add(allocate);
        }
        return card;
    }
}
