package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import io.canale.portal.Confirmations;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;
import java.util.stream.Collectors;

/** The dealer's saved order drafts, newest first: open one in order entry, or delete it where the API allows. */
class SavedDraftsPanel extends Details {

    static final String DRAFT_PARAMETER = "draft";

    private final Grid<OrderDraft> grid = new Grid<>();
    private final OrderDraftApi api;
    private final Runnable refreshGrid;

    SavedDraftsPanel(OrderDraftApi api, Paging paging) {
        this.api = api;
        this.refreshGrid = PagedGrids.bind(grid, paging.pager(api::page));
        setSummaryText(getTranslation("order.drafts"));
        setId("order-drafts");
        addClassName("order-drafts");
        configureGrid();
        add(grid);
    }

    /** The query of order entry that continues the draft. */
    static QueryParameters continuing(String draftId) {
        return QueryParameters.of(DRAFT_PARAMETER, draftId);
    }

    /** Reloads the list, e.g. after the form was saved as a draft. */
    void refresh() {
        refreshGrid.run();
    }

    private void configureGrid() {
        grid.setId("order-drafts-grid");
        // A few rows: drafts are few, and the form below matters more.
        grid.setHeight("12rem");
        grid.addColumn(draft -> DateTimes.format(draft.audit().updatedAt())).setHeader(getTranslation("order.draft.saved"))
                .setFlexGrow(1);
        grid.addColumn(this::summary).setHeader(getTranslation("order.lines")).setFlexGrow(2);
        var requested = grid.addColumn(draft -> DateTimes.format(draft.requestedDate()))
                .setHeader(getTranslation("order.requestedDate")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, requested);
        grid.setEmptyStateText(getTranslation("order.drafts.empty"));
    }

    private String summary(OrderDraft draft) {
        String skus = draft.lines().stream().map(OrderDraft.Line::sku).limit(3).collect(Collectors.joining(", "));
        return getTranslation("order.draft.summary", draft.lines().size(), skus);
    }

    private Component actions(OrderDraft draft) {
        var open = RowActions.button(VaadinIcon.EDIT, getTranslation("order.draft.open"),
                () -> getUI().ifPresent(ui -> ui.navigate(OrderEntryView.class, continuing(draft.id()))));
        open.setId("order-draft-open-" + draft.id());
        var delete = RowActions.button(VaadinIcon.TRASH, getTranslation("order.draft.delete"), () -> Confirmations.confirm(
                getTranslation("order.draft.delete.title"), summary(draft), getTranslation("order.draft.delete"),
                () -> delete(draft)));
        delete.addThemeVariants(ButtonVariant.ERROR);
        // Opening is always offered: a draft cut off while being submitted completes when opened and submitted again.
        RowActions.showIf(delete, draft.viewerCan().delete());
        return new Span(open, delete);
    }

    private void delete(OrderDraft draft) {
        DeleteOrderDraftPayload payload = api.delete(draft);
        if (payload.succeeded()) {
            Notifications.success(getTranslation("order.draft.deleted"));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
        refreshGrid.run();
    }
}
