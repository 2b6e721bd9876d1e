package io.canale.portal.opportunity;

import io.canale.portal.lead.Lead;
import java.util.List;

/** An opportunity as the pipeline shows it (board card and list row). */
record Opportunity(String id, String name, String stage, Money amount, int probability, String expectedCloseDate,
        Lead.PartnerRef dealer, int version) {

    record Money(String amount, String currency) {
    }

    /** A pipeline stage; the last one is "lost", which needs a reason. */
    record Stage(String key, int position, boolean closed) {
    }

    /** Count and totals (one per currency) of one stage over everything the caller sees. */
    record StageTotal(String stage, int count, List<Money> totals) {
    }

    boolean ownedBy(String partnerId) {
        return dealer != null && dealer.id().equals(partnerId);
    }
}
