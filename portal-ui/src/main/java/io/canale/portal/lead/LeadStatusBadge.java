package io.canale.portal.lead;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** A lead's status and, while it is routed, the dealer's time left to accept it. */
class LeadStatusBadge extends Span {

    LeadStatusBadge(Lead lead, Instant now) {
        addClassName("lead-status");
        setId("lead-status-" + lead.id());
        Span status = new Span(getTranslation("leadStatus." + lead.status()));
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", lead.status().name());
        add(status);
        // The API gives a deadline only while the lead waits for its dealer.
        if (lead.acceptBy() != null) {
            TimeLeft left = TimeLeft.until(lead.acceptBy(), now);
            Span time = new Span(getTranslation(left.key(), left.amount()));
            time.addClassName("time-left");
            time.getElement().setAttribute("data-expired", String.valueOf(left.expired()));
            add(time);
        }
    }
}
