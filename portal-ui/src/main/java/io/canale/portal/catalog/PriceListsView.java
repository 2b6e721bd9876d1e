package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Price lists, newest validity first, as the API lists them to the caller (staff all, a dealer its tier's); those
 * who may publish one ({@code viewerCan.publishPriceList}) get "New price list". Choosing a list shows its entries
 * below, looked up by SKU.
 */
@Route(value = "price-lists", layout = MainLayout.class)
@Menu(title = "nav.priceLists", icon = "vaadin:money")
@RolesAllowed(Areas.PRICE_LISTS)
class PriceListsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<PriceList> grid = new Grid<>();
    private final PriceListApi api;
    private final PriceListDetail detail;
    private final boolean mayPublish;
    private final Runnable refreshGrid;

    PriceListsView(PriceListApi api, Paging paging, CurrentViewer viewer) {
        this.api = api;
        this.mayPublish = viewer.can().publishPriceList();
        this.refreshGrid = PagedGrids.bind(grid, paging.pager(api::page));
        this.detail = new PriceListDetail(api, refreshGrid);
        addClassName("price-lists-view");
        setSizeFull();
        configureGrid();
        add(toolbar(), grid, detail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.priceLists");
    }

    private void configureGrid() {
        grid.setId("price-list-grid");
        grid.addColumn(PriceList::name).setHeader(getTranslation("priceList.name")).setFlexGrow(3);
        grid.addColumn(list -> getTranslation("tier." + list.tier())).setHeader(getTranslation("priceList.tier"))
                .setFlexGrow(1);
        var currency = grid.addColumn(PriceList::currency).setHeader(getTranslation("priceList.currency"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(list -> DateTimes.format(list.validFrom()))
                .setHeader(getTranslation("priceList.validFrom")).setFlexGrow(1);
        var validTo = grid.addColumn(list -> list.validTo() == null ? getTranslation("priceList.openEnded")
                : DateTimes.format(list.validTo())).setHeader(getTranslation("priceList.validTo")).setFlexGrow(1);
        var count = grid.addColumn(PriceList::entryCount).setHeader(getTranslation("priceList.entryCount"))
                .setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, currency, validTo, count);
        grid.setEmptyStateText(getTranslation("priceLists.empty"));
        grid.setHeight("20rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                detail.show(event.getValue());
            }
        });
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar();
        if (mayPublish) {
            toolbar.addCreateAction("price-list-new", getTranslation("priceLists.new"), this::openEditor);
        }
        return toolbar;
    }

    private void openEditor() {
        PriceListDialog dialog = new PriceListDialog();
        dialog.addSaveListener(event -> {
            PriceListPayload payload = api.create(event.draft(), event.entries());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("priceLists.published", payload.priceList().name(),
                        payload.priceList().entryCount()));
                refreshGrid.run();
            } else {
                dialog.showUserErrors(payload.userErrors(), event.entries());
            }
        });
        dialog.open();
    }
}
