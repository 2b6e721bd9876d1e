package io.canale.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.EmptyTexts;
import io.canale.portal.DateTimes;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The start page: what waits for the person now (a card per kind of work with its count and first records, each
 * linked to its page) and a few figures of its work with small charts, as the API answers them for the person's
 * audience. When nothing waits it says so. The menu's badges take the same counts from here.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Areas.HOME)
@StyleSheet("styles/home.css")
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, TodoCounts.Source {

    private final HomeApi api;
    private final Clock clock;
    private List<Todo> todos = List.of();
    private final String emptyKey;

    HomeView(CurrentViewer currentViewer, HomeApi api) {
        this.api = api;
        this.clock = Clock.systemUTC();
        this.emptyKey = EmptyTexts.key("home.todo", currentViewer.get().areas());
        addClassName("home-view");
        H2 greeting = new H2(getTranslation("home.greeting", currentViewer.get().name()));
        greeting.setId("greeting");
        add(greeting);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }

    @Override
    public List<Todo> todos() {
        return todos;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Read on entry, not in the constructor, so a failing API shows the friendly error view.
        HomeApi.Home home = api.home();
        todos = home.todo();
        getChildren().skip(1).toList().forEach(this::remove);
        add(todoSection(home.todo()));
        if (!home.kpis().isEmpty()) {
            add(kpiSection(home.kpis()));
        }
    }

    private Component todoSection(List<Todo> todos) {
        Div section = new Div(new H3(getTranslation("home.todo.title")));
        section.setId("todo");
        section.addClassName("home-section");
        if (todos.stream().allMatch(todo -> todo.count() == 0)) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.setId("todo-empty");
            empty.addClassName("home-empty");
            section.add(empty);
        }
        Div cards = new Div();
        cards.addClassName("todo-cards");
        todos.forEach(todo -> cards.add(card(todo)));
        section.add(cards);
        return section;
    }

    private Component card(Todo todo) {
        Div card = new Div();
        card.setId("todo-" + todo.kind());
        card.addClassName("todo-card");
        if (todo.count() == 0) {
            card.addClassName("todo-card-done");
        }
        Span count = new Span(String.valueOf(todo.count()));
        count.setId("todo-count-" + todo.kind());
        count.addClassName("todo-count");
        count.getElement().setAttribute("data-count", String.valueOf(todo.count()));
        Anchor title = link(TodoLinks.listOf(todo.kind()), getTranslation("home.todo." + todo.kind()));
        title.addClassName("todo-title");
        card.add(new Div(count, title));
        if (todo.items().isEmpty()) {
            return card;
        }
        DueTexts due = new DueTexts((key, value) -> getTranslation(key, value), DateTimes::format);
        UnorderedList items = new UnorderedList();
        items.addClassName("todo-items");
        for (int i = 0; i < todo.items().size(); i++) {
            Todo.Item item = todo.items().get(i);
            Anchor open = link(TodoLinks.routeOf(todo.kind(), item.recordId()), item.title());
            open.setId("todo-item-" + todo.kind() + "-" + i);
            open.getElement().setAttribute("data-record-id", item.recordId());
            Span when = new Span(due.of(todo.kind(), item.dueAt(), clock.instant()));
            when.addClassName("todo-due");
            items.add(new ListItem(open, when));
        }
        card.add(items);
        if (todo.count() > todo.items().size()) {
            Anchor all = link(TodoLinks.listOf(todo.kind()), getTranslation("home.todo.more", todo.count() - todo.items().size()));
            all.addClassName("todo-more");
            card.add(all);
        }
        return card;
    }

    private Component kpiSection(List<Kpi> kpis) {
        Div section = new Div(new H3(getTranslation("home.kpi.title")));
        section.setId("kpis");
        section.addClassName("home-section");
        Div tiles = new Div();
        tiles.addClassName("kpi-tiles");
        Locale locale = getLocale();
        KpiTexts texts = new KpiTexts(locale, this::getTranslation);
        kpis.forEach(kpi -> tiles.add(tile(kpi, texts)));
        section.add(tiles);
        return section;
    }

    private Component tile(Kpi kpi, KpiTexts texts) {
        String id = "kpi-" + kpi.kind() + (kpi.currency() == null ? "" : "-" + kpi.currency());
        Div tile = new Div();
        tile.setId(id);
        tile.addClassName("kpi-tile");
        Span title = new Span(texts.title(kpi));
        title.addClassName("kpi-title");
        Span value = new Span(texts.value(kpi));
        value.setId(id + "-value");
        value.addClassName("kpi-value");
        tile.add(title, value);
        // A chart of nothing but zeros says nothing the value does not: left out.
        if (kpi.series().stream().anyMatch(point -> new BigDecimal(point.value()).signum() > 0)) {
            List<KpiChart.Bar> bars = kpi.series().stream().map(point -> {
                String label = texts.label(kpi, point.key());
                return new KpiChart.Bar(label, label + ": " + texts.value(kpi, new BigDecimal(point.value())), new BigDecimal(point.value()));
            }).toList();
            Svg chart = new Svg(KpiChart.render(texts.title(kpi), bars));
            chart.addClassName("kpi-chart-box");
            tile.add(chart);
        }
        return tile;
    }

    /** A link the router follows in the page, without reloading it. */
    private static Anchor link(String route, String text) {
        Anchor anchor = new Anchor(route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
