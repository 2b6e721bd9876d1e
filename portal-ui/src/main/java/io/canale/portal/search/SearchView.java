package io.canale.portal.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.canale.portal.api.Area;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import io.canale.portal.catalog.Product;
import io.canale.portal.lead.Lead;
import io.canale.portal.opportunity.Opportunity;
import io.canale.portal.order.Order;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The results of the header's search box, grouped by kind (leads, opportunities, orders, partners, products), each
 * hit a link to its record where the reader has that screen, {@value SearchApi#PER_KIND} at a time with a button for
 * more of a kind. The API decides what the reader may find; this page only shows it, or a "no match" sentence.
 */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed(Areas.HOME)
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter with the words. */
    static final String TEXT = "q";

    private final SearchApi api;
    private final Set<Area> areas;
    private final Div results = new Div();

    SearchView(SearchApi api, CurrentViewer viewer) {
        this.api = api;
        this.areas = Set.copyOf(viewer.get().areas());
        addClassName("search-view");
        results.setId("search-results");
        results.setWidthFull();
        add(results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter(TEXT).orElse("").strip();
        results.removeAll();
        if (text.isEmpty()) {
            results.add(message("search.empty", "search-hint"));
        } else if (SearchApi.tooLong(text)) {
            results.add(message("search.tooLong", "search-hint", SearchApi.MAX_LENGTH, SearchApi.MAX_WORDS));
        } else {
            show(text, api.search(text));
        }
    }

    private void show(String text, SearchResults found) {
        if (found.nothingFound()) {
            results.add(message("search.noMatch", "search-no-match", text));
            return;
        }
        group("leads", text, found.leads(), new ParameterizedTypeReference<Connection<Lead>>() { }, lead -> hit(lead.id(), lead.contact().name(),
                join(lead.company() == null ? null : lead.company().name(), lead.contact().email()), Area.LEADS, "leads/" + lead.id()));
        group("opportunities", text, found.opportunities(), new ParameterizedTypeReference<Connection<Opportunity>>() { },
                opportunity -> hit(opportunity.id(), opportunity.name(),
                opportunity.company() == null ? null : opportunity.company().name(), Area.PIPELINE, "opportunities/" + opportunity.id()));
        group("orders", text, found.orders(), new ParameterizedTypeReference<Connection<Order>>() { }, order -> hit(order.id(), getTranslation("search.order", order.label()),
                join(order.supplier() == null ? null : order.supplier().name(), order.endCustomer() == null ? null : order.endCustomer().name()),
                areas.contains(Area.ORDERS) ? Area.ORDERS : Area.SUPPLIER_ORDERS,
                areas.contains(Area.ORDERS) ? "orders/" + order.id() : "supplier/orders"));
        group("partners", text, found.partners(), new ParameterizedTypeReference<Connection<Partner>>() { }, partner -> hit(partner.id(), partner.name(), null, Area.PARTNERS, "partners"));
        group("products", text, found.products(), new ParameterizedTypeReference<Connection<Product>>() { }, product -> hit(product.sku(), product.name(), product.sku(), Area.CATALOG, "catalog"));
    }

    /** One kind's hits, and a button that adds its next page under them while there is one. */
    private <T> void group(String kind, String text, Connection<T> page, ParameterizedTypeReference<Connection<T>> type,
            Function<T, Component> hit) {
        if (page.edges().isEmpty()) {
            return;
        }
        Div group = new Div();
        group.setId("search-" + kind);
        group.addClassName("search-group");
        group.add(new H3(getTranslation("search." + kind)));
        Div hits = new Div();
        page.nodes().forEach(node -> hits.add(hit.apply(node)));
        group.add(hits);
        Button more = new Button(getTranslation("search.showMore"));
        more.setId("search-more-" + kind);
        more.addClassName("search-more");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        String[] after = {page.pageInfo().endCursor()};
        more.setVisible(page.pageInfo().hasNextPage());
        more.addClickListener(click -> {
            Connection<T> next = api.more(kind, text, after[0], type);
            next.nodes().forEach(node -> hits.add(hit.apply(node)));
            after[0] = next.pageInfo().endCursor();
            more.setVisible(next.pageInfo().hasNextPage());
        });
        group.add(more);
        results.add(group);
    }

    /** One hit: its title, linked where the reader has the screen, and a line that tells it apart. */
    private Component hit(String id, String title, String detail, Area area, String route) {
        Div hit = new Div();
        hit.addClassName("search-hit");
        hit.setId("search-hit-" + id);
        Component name = areas.contains(area) ? new Anchor(route, title) : new Span(title);
        hit.add(name);
        if (detail != null && !detail.isBlank()) {
            Span line = new Span(detail);
            line.addClassName("search-hit-detail");
            hit.add(line);
        }
        return hit;
    }

    private static String join(String... parts) {
        return String.join(" · ", List.of(parts).stream().filter(part -> part != null && !part.isBlank()).toList());
    }

    private Paragraph message(String key, String id, Object... parameters) {
        Paragraph text = new Paragraph(getTranslation(key, parameters));
        text.setId(id);
        return text;
    }
}
