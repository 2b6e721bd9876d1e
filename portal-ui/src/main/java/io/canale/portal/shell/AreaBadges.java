package io.canale.portal.shell;

import com.vaadin.flow.component.html.Span;
import io.canale.portal.api.Area;

/** A menu entry's badge: how many records wait in its area; none when nothing waits. */
final class AreaBadges {

    private AreaBadges() {
    }

    /** The badge, or null (no suffix) for a count of zero. */
    static Span badge(Area area, int count, String label) {
        if (count <= 0) {
            return null;
        }
        Span badge = new Span(count > 99 ? "99+" : String.valueOf(count));
        badge.setId("nav-badge-" + area);
        badge.addClassName("nav-badge");
        badge.getElement().setAttribute("data-count", String.valueOf(count));
        badge.getElement().setAttribute("aria-label", label);
        badge.getElement().setAttribute("theme", "badge pill small primary");
        return badge;
    }
}
