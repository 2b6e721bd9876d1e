package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.Amounts;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The catalog by SKU, filtered by product line and SKU prefix: dealers see their price and an availability
 * band, staff and suppliers the exact quantities. A dealer adds a product to the order being entered.
 */
@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", order = 7, icon = "vaadin:package")
@RolesAllowed(Roles.ORDER_READER)
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    /** Order entry, by path: the catalog does not depend on the order feature, which depends on it. */
    static final String ORDER_ENTRY = "orders/new";
    static final String SKU_PARAMETER = "sku";

    private final Grid<Product> grid = new Grid<>();
    private final TextField productLine = new TextField();
    private final TextField skuPrefix = new TextField();
    private final boolean dealer;
    private final boolean mayOrder;
    private final Runnable refreshGrid;

    CatalogView(CatalogApi api, CatalogAdminApi adminApi, Paging paging, AuthenticationContext authentication) {
        this.dealer = authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> user.partner().partnerType() == PartnerType.DEALER).orElse(false);
        this.mayOrder = authentication.hasRole(Roles.ORDERING_DEALER);
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.page(first, after,
                new CatalogApi.Filter(productLine.getValue(), skuPrefix.getValue(), null))));
        addClassName("catalog-view");
        setSizeFull();
        configureGrid();
        configureFilters();
        HorizontalLayout toolbar = toolbar();
        configureProductActions(toolbar,
                new ProductEditing(adminApi, paging, CatalogPermissions.of(authentication), refreshGrid));
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog");
    }

    private void configureGrid() {
        grid.setId("catalog-grid");
        var sku = grid.addColumn(Product::sku).setHeader(getTranslation("product.sku")).setFlexGrow(1).setAutoWidth(true);
        // Small base widths, grown by flex: on a phone name, price, availability and the cart must fit 340 px.
        grid.addColumn(Product::name).setHeader(getTranslation("product.name")).setFlexGrow(2).setWidth("6rem");
        var line = grid.addColumn(Product::productLine).setHeader(getTranslation("product.productLine")).setFlexGrow(1);
        var unit = grid.addColumn(product -> getTranslation("productUnit." + product.unit()))
                .setHeader(getTranslation("product.unit")).setFlexGrow(0).setAutoWidth(true);
        var supplier = grid.addColumn(product -> product.supplier().name()).setHeader(getTranslation("product.supplier"))
                .setFlexGrow(1);
        var price = grid.addColumn(this::price).setHeader(getTranslation("product.price")).setFlexGrow(1).setWidth("5.5rem");
        price.setVisible(dealer);
        grid.addComponentColumn(AvailabilityBadge::new).setHeader(getTranslation("product.availability")).setFlexGrow(1)
                .setWidth("5.5rem");
        if (mayOrder) {
            grid.addComponentColumn(this::addToOrder).setFlexGrow(0).setAutoWidth(true);
        }
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

    private Component addToOrder(Product product) {
        Button add = RowActions.button(VaadinIcon.CART, getTranslation("catalog.addToOrder"), () -> UI.getCurrent()
                .navigate(ORDER_ENTRY, QueryParameters.of(SKU_PARAMETER, product.sku())));
        add.setId("catalog-add-" + product.sku());
        // Inactive or unpriced products would be refused by the API.
        add.setEnabled(product.active() && product.price() != null);
        return add;
    }

    /** Offers only the product actions the signed-in user may use; the API checks again. */
    private void configureProductActions(HorizontalLayout toolbar, ProductEditing editing) {
        if (editing.mayCreate()) {
            toolbar.add(editing.newProductButton());
        }
        if (editing.hasRowActions()) {
            grid.addComponentColumn(editing::rowActions).setFlexGrow(0).setAutoWidth(true);
        }
    }

    private void configureFilters() {
        productLine.setId("catalog-filter-product-line");
        productLine.setPlaceholder(getTranslation("product.productLine"));
        productLine.setAriaLabel(getTranslation("product.productLine"));
        skuPrefix.setId("catalog-filter-sku");
        skuPrefix.setPlaceholder(getTranslation("catalog.filter.skuPrefix"));
        skuPrefix.setAriaLabel(getTranslation("catalog.filter.skuPrefix"));
        for (TextField filter : new TextField[] {productLine, skuPrefix}) {
            filter.setClearButtonVisible(true);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.addValueChangeListener(change -> refreshGrid.run());
        }
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(skuPrefix, productLine);
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }
}
