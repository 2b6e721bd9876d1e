package io.canale.portal.stock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Demand of the coming weeks per SKU, drawn as a chart with the figures below it (those who see other partners
 * also see which dealers want what), and the SKUs whose stock will not cover it.
 */
@Route(value = "demand", layout = MainLayout.class)
@Menu(title = "nav.demand", icon = "vaadin:chart")
@RolesAllowed(Areas.DEMAND)
class DemandView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> WEEKS = List.of(4, 8, 12, 26);

    private final StockApi api;
    private final boolean dealersShown;
    private final Select<Integer> weeks = new Select<>();
    private final Svg chart = new Svg();
    private final Grid<DemandBoard.DemandSignal> figures = new Grid<>();
    private final UnorderedList alerts = new UnorderedList();

    DemandView(StockApi api, CurrentViewer viewer) {
        this.api = api;
        this.dealersShown = viewer.can().seeOtherPartners();
        addClassName("demand-view");
        configureWeeks();
        configureChart();
        configureFigures();
        alerts.setId("low-stock-alerts");
        add(weeks, chart, new H3(getTranslation("demand.alerts")), alerts, new H3(getTranslation("demand.figures")),
                figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.demand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void configureWeeks() {
        weeks.setId("demand-weeks");
        weeks.setLabel(getTranslation("demand.weeks"));
        weeks.setItems(WEEKS);
        weeks.setItemLabelGenerator(count -> getTranslation("demand.weeks.option", count));
        weeks.setValue(8);
        weeks.addValueChangeListener(change -> reload());
    }

    private void configureChart() {
        chart.setId("demand-chart");
        chart.addClassName("demand-chart");
    }

    private void configureFigures() {
        figures.setId("demand-figures");
        figures.addColumn(DemandBoard.DemandSignal::week).setHeader(getTranslation("demand.week")).setFlexGrow(1);
        figures.addColumn(DemandBoard.DemandSignal::sku).setHeader(getTranslation("stock.sku")).setFlexGrow(1);
        var ordered = number(DemandBoard.DemandSignal::ordered, "demand.measure.ordered");
        var forecast = number(DemandBoard.DemandSignal::forecast, "demand.measure.forecast");
        number(DemandBoard.DemandSignal::quantity, "demand.quantity");
        NarrowScreens.hideWhenNarrow(figures, ordered, forecast);
        if (dealersShown) {
            var dealers = figures.addColumn(this::dealers).setHeader(getTranslation("demand.dealers")).setFlexGrow(3);
            NarrowScreens.hideWhenNarrow(figures, dealers);
        }
        figures.setAllRowsVisible(true);
        figures.setEmptyStateText(getTranslation("demand.empty"));
    }

    private Grid.Column<DemandBoard.DemandSignal> number(ValueProvider<DemandBoard.DemandSignal, Integer> value,
            String headerKey) {
        return figures.addColumn(value).setHeader(getTranslation(headerKey)).setFlexGrow(0).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    private String dealers(DemandBoard.DemandSignal signal) {
        return signal.dealers().stream()
                .map(share -> getTranslation("demand.dealerShare", share.dealer().name(), share.ordered(),
                        share.forecast()))
                .collect(Collectors.joining(", "));
    }

    private void reload() {
        int count = weeks.getValue();
        DemandBoard board = api.demand(count);
        SvgBarChart drawn = DemandChart.of(board.demand(), DemandChart.weeksFrom(LocalDate.now(), count),
                DemandChart.MEASURES, key -> getTranslation(key), getLocale());
        chart.setSvg(drawn.render());
        figures.setItems(board.demand().stream()
                .sorted(Comparator.comparing(DemandBoard.DemandSignal::week).thenComparing(DemandBoard.DemandSignal::sku))
                .toList());
        showAlerts(board.lowStockAlerts());
    }

    private void showAlerts(List<DemandBoard.LowStockAlert> lowStock) {
        alerts.removeAll();
        if (lowStock.isEmpty()) {
            alerts.add(new ListItem(getTranslation("demand.alerts.none")));
            return;
        }
        lowStock.stream().sorted(Comparator.comparingInt(DemandBoard.LowStockAlert::shortfall).reversed())
                .map(this::alert).forEach(alerts::add);
    }

    private Component alert(DemandBoard.LowStockAlert alert) {
        ListItem item = new ListItem(getTranslation("demand.alert", alert.sku(), alert.available(), alert.demand(),
                alert.shortfall()));
        item.setId("low-stock-" + alert.sku());
        if (alert.nextBatchEta() != null) {
            item.add(new Div(getTranslation("demand.alert.nextBatch", DateTimes.format(alert.nextBatchEta()))));
        }
        return item;
    }
}
