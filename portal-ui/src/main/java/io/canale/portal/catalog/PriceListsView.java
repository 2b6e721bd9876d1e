package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.IsoDates;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.api.Paging;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Price lists, newest validity first: staff see all and publish new ones, dealers see their tier's
 * read-only. Choosing a list shows its entries below, looked up by SKU.
 */
@Route(value = "price-lists", layout = MainLayout.class)
@Menu(title = "nav.priceLists", order = 7.5, icon = "vaadin:money")
@RolesAllowed(Roles.PRICE_READER)
class PriceListsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<PriceList> grid = new Grid<>();
    private final PriceListsApi api;
    private final PriceListDetail detail;
    private final boolean mayPublish;
    private final Runnable refreshGrid;

    PriceListsView(PriceListsApi api, Paging paging, AuthenticationContext authentication) {
        this.api = api;
        this.mayPublish = CatalogPermissions.of(authentication).mayPublishPriceLists();
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
        grid.addColumn(list -> IsoDates.format(list.validFrom(), getLocale()))
                .setHeader(getTranslation("priceList.validFrom")).setFlexGrow(1);
        var validTo = grid.addColumn(list -> list.validTo() == null ? getTranslation("priceList.openEnded")
                : IsoDates.format(list.validTo(), getLocale())).setHeader(getTranslation("priceList.validTo")).setFlexGrow(1);
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
        HorizontalLayout toolbar = new HorizontalLayout();
        if (mayPublish) {
            Button create = new Button(getTranslation("priceLists.new"), new Icon(VaadinIcon.PLUS), click -> openEditor());
            create.setId("price-list-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
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
