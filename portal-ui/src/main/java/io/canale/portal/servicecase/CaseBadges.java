package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.canale.portal.DateTimes;

/** A case's status and its SLA clocks as coloured badges (the {@code .case-status} and {@code .sla-clock} styles). */
final class CaseBadges {

    private CaseBadges() {
    }

    static Component status(ServiceCase serviceCase) {
        Span badge = new Span(UI.getCurrent().getTranslation("caseStatus." + serviceCase.status()));
        badge.setId("case-status-" + serviceCase.id());
        badge.addClassName("case-status");
        badge.getElement().setAttribute("data-status", serviceCase.status().name());
        return badge;
    }

    /** The clock's state, and when it is due while it runs or when it was breached. */
    static Component clock(ServiceCase.Clock clock, String caseId, String which) {
        UI ui = UI.getCurrent();
        String state = ui.getTranslation("slaState." + clock.state());
        String when = clock.dueAt() != null ? ui.getTranslation("sla.due", DateTimes.format(clock.dueAt()))
                : clock.breachedAt() != null ? ui.getTranslation("sla.breachedAt", DateTimes.format(clock.breachedAt())) : "";
        Span badge = new Span(when.isEmpty() ? state : state + " · " + when);
        badge.setId("case-sla-" + which + "-" + caseId);
        badge.addClassName("sla-clock");
        badge.getElement().setAttribute("data-state", clock.state().name());
        return badge;
    }
}
