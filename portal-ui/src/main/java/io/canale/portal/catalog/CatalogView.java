package io.canale.portal.catalog;

import io.canale.portal.ColumnSorts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.canale.portal.Amounts;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.api.ViewerActions;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The catalog by SKU, filtered by product line and searched words (the API's product search: name, description or
 * part of the SKU; a search that finds nothing says what to try), with the availability the API gives the caller (a
 * band, or the exact quantities). Those who may order ({@code viewerCan.submitOrder}) see their prices and add a
 * product to the order being entered; a product's changes are offered as its {@code viewerCan} allows, a new
 * product to those who may create one.
 */
@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", icon = "vaadin:package")
@RolesAllowed(Areas.CATALOG)
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    /** Order entry, by path: the catalog does not depend on the order feature, which depends on it. */
    static final String ORDER_ENTRY = "orders/new";
    static final String SKU_PARAMETER = "sku";

    private final Grid<Product> grid = new Grid<>();
    private final TextField productLine = new TextField();
    private final TextField search = new TextField();
    private final ViewerActions can;
    private final ProductEditing editing;
    private final Runnable refreshGrid;
    /** The column the reader sorted by (null: by SKU); the API sorts, never the grid in memory. */
    private ColumnSorts<ProductSort> sorts;

    CatalogView(CatalogApi api, Paging paging, CurrentViewer viewer) {
        this.can = viewer.can();
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.page(first, after,
                new CatalogApi.Filter(productLine.getValue(), search.getValue(), null), sorts.current())));
        this.editing = new ProductEditing(api, paging, refreshGrid);
        addClassName("catalog-view");
        setSizeFull();
        configureGrid();
        configureFilters();
        add(toolbar(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog");
    }

    private void configureGrid() {
        grid.setId("catalog-grid");
        var sku = grid.addColumn(Product::sku).setHeader(getTranslation("product.sku")).setFlexGrow(1).setAutoWidth(true)
                .setKey("SKU").setSortable(true);
        // Small base widths, grown by flex: on a phone name, price, availability and the cart must fit 340 px.
        grid.addColumn(Product::name).setHeader(getTranslation("product.name")).setFlexGrow(2).setWidth("6rem")
                .setKey("NAME").setSortable(true);
        // Name (in the reader's language) and SKU sort through the API, from the first page; the price depends on the
        // reader's tier and day, so the API offers no price sort.
        sorts = new ColumnSorts<>(grid, ProductSort.class, sort -> refreshGrid.run());
        var line = grid.addColumn(Product::productLine).setHeader(getTranslation("product.productLine")).setFlexGrow(1);
        var unit = grid.addColumn(product -> getTranslation("productUnit." + product.unit()))
                .setHeader(getTranslation("product.unit")).setFlexGrow(0).setAutoWidth(true);
        var supplier = grid.addColumn(product -> product.supplier().name()).setHeader(getTranslation("product.supplier"))
                .setFlexGrow(1);
        // Prices are what the caller orders at: the API gives them to those who order.
        var price = grid.addColumn(this::price).setHeader(getTranslation("product.price")).setFlexGrow(1).setWidth("5.5rem");
        price.setVisible(can.submitOrder());
        grid.addComponentColumn(AvailabilityBadge::new).setHeader(getTranslation("product.availability")).setFlexGrow(1)
                .setWidth("5.5rem");
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true);
        // On phones name, price, availability and the cart fit the width; the SKU shows once the product is added.
        NarrowScreens.hideWhenNarrow(grid, sku, line, unit, supplier);
        grid.setEmptyStateText(getTranslation("catalog.empty"));
    }

    private String price(Product product) {
        if (product.price() == null) {
            return getTranslation("product.noPrice");
        }
        return Amounts.format(product.price(), getLocale());
    }

    /** The row's actions the caller may use: ordering it, and the changes its {@code viewerCan} allows. */
    private Component actions(Product product) {
        Span actions = new Span();
        if (can.submitOrder()) {
            actions.add(addToOrder(product));
        }
        editing.actionsFor(product).forEach(actions::add);
        return actions;
    }

    private Component addToOrder(Product product) {
        Button add = RowActions.button(VaadinIcon.CART, getTranslation("catalog.addToOrder"), () -> UI.getCurrent()
                .navigate(ORDER_ENTRY, QueryParameters.of(SKU_PARAMETER, product.sku())));
        add.setId("catalog-add-" + product.sku());
        // Inactive or unpriced products would be refused by the API.
        add.setEnabled(product.active() && product.price() != null);
        return add;
    }

    private void configureFilters() {
        productLine.setId("catalog-filter-product-line");
        productLine.setPlaceholder(getTranslation("product.productLine"));
        productLine.setAriaLabel(getTranslation("product.productLine"));
        search.setId("catalog-search");
        search.setPlaceholder(getTranslation("product.search"));
        search.setAriaLabel(getTranslation("product.search"));
        for (TextField filter : new TextField[] {productLine, search}) {
            filter.setClearButtonVisible(true);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.addValueChangeListener(change -> {
                String hint = ProductSearchHint.forSearch(this, search.getValue());
                grid.setEmptyStateText(hint == null ? getTranslation("catalog.empty") : hint);
                refreshGrid.run();
            });
        }
    }

    private Component toolbar() {
        Toolbar toolbar = new Toolbar(search, productLine);
        if (can.createProduct()) {
            toolbar.addCreateAction("catalog-new-product", getTranslation("catalogAdmin.newProduct"), editing::create);
        }
        return toolbar;
    }
}
