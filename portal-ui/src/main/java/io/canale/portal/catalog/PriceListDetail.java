package io.canale.portal.catalog;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.Amounts;
import io.canale.portal.CommaLists;
import io.canale.portal.Notifications;
import java.util.List;
import java.util.Locale;

/**
 * One price list's entries: its first 100 when opened, or the prices of the SKUs looked up (up to 100,
 * separated by commas or spaces).
 */
class PriceListDetail extends VerticalLayout {

    private final PriceListApi api;
    private final Runnable listMoved;
    private final H3 title = new H3();
    private final TextField skus = new TextField();
    private final Grid<PriceEntry> grid = new Grid<>();
    private PriceList list;

    PriceListDetail(PriceListApi api, Runnable listMoved) {
        this.api = api;
        this.listMoved = listMoved;
        setId("price-list-detail");
        setPadding(false);
        configureLookup();
        configureGrid();
        add(title, lookup(), grid);
        setVisible(false);
    }

    private void configureLookup() {
        skus.setId("price-list-lookup");
        skus.setPlaceholder(getTranslation("priceLists.lookup.placeholder"));
        skus.setAriaLabel(getTranslation("priceLists.lookup.placeholder"));
        skus.setClearButtonVisible(true);
        skus.setMinWidth("16rem");
        skus.addKeyDownListener(Key.ENTER, event -> load());
    }

    private HorizontalLayout lookup() {
        Button lookUp = new Button(getTranslation("priceLists.lookup"), new Icon(VaadinIcon.SEARCH), click -> load());
        lookUp.setId("price-list-lookup-button");
        HorizontalLayout lookup = new HorizontalLayout(skus, lookUp);
        lookup.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        lookup.setWrap(true);
        return lookup;
    }

    private void configureGrid() {
        grid.setId("price-list-entries-grid");
        grid.addColumn(PriceEntry::sku).setHeader(getTranslation("product.sku")).setFlexGrow(1);
        grid.addColumn(entry -> Amounts.format(entry.unitPrice(), getLocale()))
                .setHeader(getTranslation("priceList.unitPrice")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("priceLists.noEntries"));
        grid.setHeight("20rem");
    }

    void show(PriceList selected) {
        list = selected;
        title.setText(selected.name());
        skus.clear();
        setVisible(true);
        load();
    }

    private void load() {
        List<String> wanted = CommaLists.split(skus.getValue().replace(' ', ','))
                .stream().map(sku -> sku.toUpperCase(Locale.ROOT)).distinct().toList();
        if (wanted.size() > PriceListApi.MAX_LOOKUP) {
            skus.setErrorMessage(getTranslation("validation.tooMany", PriceListApi.MAX_LOOKUP));
            skus.setInvalid(true);
            return;
        }
        skus.setInvalid(false);
        api.entries(list, wanted).ifPresentOrElse(grid::setItems, () -> {
            Notifications.error(getTranslation("priceLists.moved"));
            setVisible(false);
            listMoved.run();
        });
    }
}
