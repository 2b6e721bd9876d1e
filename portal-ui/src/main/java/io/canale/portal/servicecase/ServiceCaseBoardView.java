package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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

/**
 * Staff's coordination board: the open cases in a column per status (new, triaged, in progress, waiting) and the
 * waiting ones in a column per party they wait on, each column with its count over every case and its newest cards
 * (subject, dealer, priority, resolution countdown; the subject opens the case). On phones the columns stack.
 */
@Route(value = "service-board", layout = MainLayout.class)
@Menu(title = "nav.serviceBoard", order = 10.1, icon = "vaadin:grid-big")
@RolesAllowed(Areas.SERVICE_BOARD)
class ServiceCaseBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCaseApi api;

    ServiceCaseBoardView(ServiceCaseApi api) {
        this.api = api;
        addClassName("case-board-view");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.serviceBoard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        removeAll();
        ServiceCaseBoard board = api.board();
        add(new H3(getTranslation("board.byStatus")), columns("status", "caseStatus.", board.byStatus()),
                new H3(getTranslation("board.byWaitingOn")), columns("waiting", "waitingOn.", board.byWaitingOn()));
    }

    /** {@code section} keeps ids unique: a waiting case is on the board twice. */
    private Component columns(String section, String textPrefix, java.util.List<ServiceCaseBoard.Column> columns) {
        Div board = new Div();
        board.setId("case-board-" + section);
        board.addClassNames("pipeline-board", "case-board");
        columns.forEach(column -> board.add(column(section, textPrefix, column)));
        return board;
    }

    private Component column(String section, String textPrefix, ServiceCaseBoard.Column column) {
        H4 heading = new H4(getTranslation(textPrefix + column.key()) + " (" + column.count() + ")");
        heading.setId("case-board-heading-" + section + "-" + column.key());
        Div cards = new Div();
        cards.addClassName("pipeline-cards");
        column.cards().forEach(card -> cards.add(card(section, card)));
        if (column.cards().isEmpty()) {
            cards.add(new Span(getTranslation("board.emptyColumn")));
        }
        if (column.hidden() > 0) {
            cards.add(new Span(getTranslation("board.more", column.hidden())));
        }
        Div div = new Div(new Div(heading), cards);
        div.addClassNames("pipeline-column", "case-column");
        div.setId("case-board-" + section + "-" + column.key());
        return div;
    }

    private Component card(String section, ServiceCase serviceCase) {
        RouterLink subject = new RouterLink(serviceCase.subject(), ServiceCaseView.class, ServiceCaseView.parameters(serviceCase.id()));
        subject.addClassNames("pipeline-card-name", "case-card-subject");
        subject.setId("case-card-link-" + section + "-" + serviceCase.id());
        Span dealer = new Span(serviceCase.dealer().name());
        dealer.addClassName("pipeline-card-figures");
        Span priority = new Span(getTranslation("board.priority", getTranslation("casePriority." + serviceCase.priority())));
        priority.addClassName("pipeline-card-figures");
        priority.getElement().setAttribute("data-priority", serviceCase.priority().name());
        Div card = new Div(subject, dealer, priority, CaseBadges.clock(serviceCase.sla().resolution(), serviceCase.id(), section));
        card.addClassNames("pipeline-card", "case-card");
        card.setId("case-card-" + section + "-" + serviceCase.id());
        return card;
    }
}
