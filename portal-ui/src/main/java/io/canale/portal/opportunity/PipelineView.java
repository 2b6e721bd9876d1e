package io.canale.portal.opportunity;

import com.vaadin.flow.component.Component;
import io.canale.portal.EmptyTexts;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.ColumnSorts;
import io.canale.portal.CsvExportLink;
import io.canale.portal.RememberedFilter;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Exports;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Amounts;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The sales pipeline: a board with one column per stage (count, totals per currency, the newest cards) and
 * a paged list, newest first or by a column header (name, stage, amount, expected close: sorted by the API). A card or row the API lets the reader move (the owning dealer's) has a menu to move it to
 * another stage; "lost" asks why. On phones the columns stack.
 */
@Route(value = "pipeline", layout = MainLayout.class)
@Menu(title = "nav.pipeline", order = 6, icon = "vaadin:funnel")
@RolesAllowed(Areas.PIPELINE)
class PipelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_REASON = 500;

    private final PipelineApi api;
    private final Tabs tabs = new Tabs();
    private final Tab boardTab = new Tab();
    private final Tab listTab = new Tab();
    private final Div board = new Div();
    private final Grid<Opportunity> grid = new Grid<>();
    private final Select<String> stageFilter = new Select<>();
    private final Div list = new Div();
    private final Runnable refreshGrid;
    private Grid.Column<Opportunity> moveColumn;
    private List<PipelineStage> stages = List.of();
    /** The list's column the reader sorted by (null: newest first); the API sorts, never the grid in memory. */
    private ColumnSorts<OpportunitySort> sorts;
    private final RememberedFilter remembered;

    PipelineView(PipelineApi api, Paging paging, Exports exports, CurrentViewer viewer) {
        this.api = api;
        this.refreshGrid = PagedGrids.bind(grid,
                paging.pager((first, after) -> api.page(first, after, stageFilter.getValue(), sorts.current())));
        this.remembered = new RememberedFilter(this, viewer.get().subject(), "opportunities");
        addClassName("pipeline-view");
        setSizeFull();
        configureTabs();
        configureGrid();
        grid.setEmptyStateText(getTranslation(EmptyTexts.key("pipeline", viewer.get().areas())));
        board.setId("pipeline-board");
        board.addClassName("pipeline-board");
        list.add(new Toolbar(stageFilter, new CsvExportLink(exports, "opportunities-export", "opportunities.csv",
                "/exports/opportunities.csv", () -> CsvExportLink.parameters("stage", stageFilter.getValue(), "sort", sorts.current()))),
                grid);
        list.addClassName("pipeline-list");
        list.setVisible(false);
        addAttachListener(attach -> remembered.restore(values -> sorts.restore(RememberedFilter.constant(OpportunitySort.class,
                values.get("sort")))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pipeline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        removeAll();
        showBoard(api.board());
        add(tabs, board, list);
    }

    private void configureTabs() {
        boardTab.setLabel(getTranslation("pipeline.board"));
        boardTab.setId("pipeline-tab-board");
        listTab.setLabel(getTranslation("pipeline.list"));
        listTab.setId("pipeline-tab-list");
        tabs.add(boardTab, listTab);
        tabs.addSelectedChangeListener(change -> {
            boolean showList = change.getSelectedTab() == listTab;
            board.setVisible(!showList);
            list.setVisible(showList);
            if (showList) {
                refreshGrid.run();
            }
        });
    }

    private void configureGrid() {
        grid.setId("opportunity-grid");
        grid.addComponentColumn(PipelineView::link).setHeader(getTranslation("opportunity.name")).setFlexGrow(3)
                .setKey("NAME").setSortable(true);
        grid.addColumn(opportunity -> OpportunityTexts.stage(opportunity.stage())).setHeader(getTranslation("opportunity.stage"))
                .setFlexGrow(1).setKey("STAGE").setSortable(true);
        var amount = grid.addColumn(opportunity -> OpportunityTexts.amount(opportunity.amount())).setHeader(getTranslation("opportunity.amount"))
                .setFlexGrow(1).setKey("AMOUNT").setSortable(true);
        var closeDate = grid.addColumn(opportunity -> OpportunityTexts.date(opportunity.expectedCloseDate()))
                .setHeader(getTranslation("opportunity.expectedCloseDate")).setFlexGrow(1).setKey("CLOSE_DATE").setSortable(true);
        var probability = grid.addColumn(opportunity -> opportunity.probability() + " %")
                .setHeader(getTranslation("opportunity.probability")).setFlexGrow(1);
        var dealer = grid.addColumn(opportunity -> opportunity.dealer().name())
                .setHeader(getTranslation("opportunity.dealer")).setFlexGrow(2);
        // Shown once the board holds a card the reader may move: for readers who move none it would stay empty.
        moveColumn = grid.addComponentColumn(opportunity -> moveMenu(opportunity, null)).setFlexGrow(0).setWidth("9rem");
        moveColumn.setVisible(false);
        NarrowScreens.hideWhenNarrow(grid, amount, closeDate, probability, dealer);
        // A header sorts the list through the API, from the first page; the sort is remembered for the next visit.
        sorts = new ColumnSorts<>(grid, OpportunitySort.class, sort -> {
            remembered.remember(CsvExportLink.parameters("sort", sort));
            refreshGrid.run();
        });
        grid.setHeight("30rem");
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("pipeline.filter.allStages"));
        stageFilter.setItemLabelGenerator(key -> key == null ? getTranslation("pipeline.filter.allStages") : OpportunityTexts.stage(key));
        stageFilter.setAriaLabel(getTranslation("opportunity.stage"));
        stageFilter.addValueChangeListener(change -> refreshGrid.run());
    }

    private void showBoard(PipelineBoard current) {
        stages = current.stages();
        moveColumn.setVisible(current.anyMovable());
        stageFilter.setItems(stages.stream().map(PipelineStage::key).toList());
        board.removeAll();
        current.columns().forEach(column -> board.add(column(column)));
    }

    private Component column(PipelineBoard.Column column) {
        H4 heading = new H4(OpportunityTexts.stage(column.stage().key()) + " (" + column.count() + ")");
        heading.setId("pipeline-heading-" + column.stage().key());
        Div header = new Div(heading);
        header.addClassName("pipeline-column-header");
        String totals = String.join(" + ", column.totals().stream()
                .map(money -> Amounts.format(money.amount(), money.currency(), getLocale())).toList());
        if (!totals.isEmpty()) {
            Span sum = new Span(totals);
            sum.addClassName("pipeline-total");
            sum.setId("pipeline-total-" + column.stage().key());
            header.add(sum);
        }
        Div cards = new Div();
        cards.addClassName("pipeline-cards");
        column.cards().forEach(card -> cards.add(card(card)));
        if (column.hidden() > 0) {
            cards.add(new Span(getTranslation("pipeline.more", column.hidden())));
        }
        Div div = new Div(header, cards);
        div.addClassName("pipeline-column");
        div.setId("pipeline-column-" + column.stage().key());
        return div;
    }

    private Component card(Opportunity opportunity) {
        Div card = new Div();
        card.addClassName("pipeline-card");
        card.setId("opportunity-" + opportunity.id());
        Component name = link(opportunity);
        Span figures = new Span(OpportunityTexts.amount(opportunity.amount()) + " · " + opportunity.probability() + " %");
        figures.addClassName("pipeline-card-figures");
        card.add(name, figures, moveMenu(opportunity, "pipeline-move-" + opportunity.id()));
        return card;
    }

    /** The name opens the opportunity's page, with its activities. */
    private static Component link(Opportunity opportunity) {
        RouterLink link = new RouterLink(opportunity.name(), OpportunityView.class,
                OpportunityView.parameters(opportunity.id()));
        link.addClassName("pipeline-card-name");
        link.setId("opportunity-link-" + opportunity.id());
        return link;
    }

    /**
     * "Move to…" with the other stages, where the API lets the reader move the opportunity. Only the board's
     * menus get ids (the {@code idPrefix}): the list shows the same opportunities.
     */
    private Component moveMenu(Opportunity opportunity, String idPrefix) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.SMALL);
        menu.setVisible(opportunity.viewerCan().move());
        MenuItem move = menu.addItem(getTranslation("pipeline.moveTo"));
        move.setAriaLabel(getTranslation("pipeline.moveTo"));
        move.addComponentAsFirst(VaadinIcon.EXCHANGE.create());
        SubMenu targets = move.getSubMenu();
        stages.stream().filter(stage -> !stage.key().equals(opportunity.stage())).forEach(stage -> {
            MenuItem target = targets.addItem(OpportunityTexts.stage(stage.key()), click -> move(opportunity, stage.key()));
            if (idPrefix != null) {
                target.setId(idPrefix + "-" + stage.key());
            }
        });
        if (idPrefix != null) {
            move.setId(idPrefix);
        }
        return menu;
    }

    private void move(Opportunity opportunity, String stage) {
        if (!PipelineBoard.needsReason(stages, stage)) {
            apply(api.move(opportunity, stage, null));
            return;
        }
        ReasonDialog dialog = new ReasonDialog(getTranslation("pipeline.lost.title", opportunity.name()),
                OpportunityTexts.stage(stage), MAX_REASON);
        dialog.addReasonListener(event -> {
            dialog.close();
            apply(api.move(opportunity, stage, event.reason()));
        });
        dialog.open();
    }

    private void apply(OpportunityPayload payload) {
        if (payload.succeeded()) {
            Notifications.success(getTranslation("pipeline.moved", payload.opportunity().name(),
                    OpportunityTexts.stage(payload.opportunity().stage())));
        } else if (payload.versionConflict()) {
            Notifications.error(getTranslation("pipeline.conflict"));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
        showBoard(api.board());
        if (list.isVisible()) {
            refreshGrid.run();
        }
    }
}
