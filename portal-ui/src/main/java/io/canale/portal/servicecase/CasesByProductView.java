package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The reader's cases grouped by product (a supplier's: those it takes part in), the product with the most open cases
 * first, each group with its open and total count; opening a group lists its newest cases, each opening its page.
 */
@Route(value = "service-products", layout = MainLayout.class)
@Menu(title = "nav.casesByProduct", order = 10.2, icon = "vaadin:package")
@RolesAllowed(Areas.CASES_BY_PRODUCT)
class CasesByProductView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCaseApi api;

    CasesByProductView(ServiceCaseApi api) {
        this.api = api;
        addClassName("cases-by-product-view");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.casesByProduct");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ServiceCaseProductCount> groups = api.products();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("byProduct.empty")));
        }
        groups.forEach(group -> add(group(group)));
    }

    /** The group's cases are asked for when it is opened. */
    private Component group(ServiceCaseProductCount group) {
        Span sku = new Span(group.sku());
        sku.addClassName("product-group-sku");
        Span counts = new Span(getTranslation("byProduct.counts", group.open(), group.total()));
        counts.setId("product-group-count-" + group.sku());
        counts.addClassName("pipeline-card-figures");
        Div summary = new Div(sku, counts);
        summary.addClassName("product-group-summary");
        Div cases = new Div();
        cases.addClassName("pipeline-cards");
        Details details = new Details(summary, cases);
        details.setId("product-group-" + group.sku());
        details.addClassName("product-group");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && cases.getChildren().findAny().isEmpty()) {
                List<ServiceCase> page = api.page(ServiceCaseApi.CARDS_PER_COLUMN, null, null, false, group.sku()).nodes();
                page.forEach(serviceCase -> cases.add(card(serviceCase)));
                if (group.total() > page.size()) {
                    cases.add(new Span(getTranslation("board.more", group.total() - page.size())));
                }
            }
        });
        return details;
    }

    private Component card(ServiceCase serviceCase) {
        RouterLink subject = new RouterLink(serviceCase.subject(), ServiceCaseView.class, ServiceCaseView.parameters(serviceCase.id()));
        subject.addClassNames("pipeline-card-name", "case-card-subject");
        subject.setId("case-link-" + serviceCase.id());
        Div card = new Div(subject, CaseBadges.status(serviceCase), CaseBadges.clock(serviceCase.sla().resolution(), serviceCase.id(), "product"));
        card.addClassNames("pipeline-card", "case-card");
        return card;
    }
}
