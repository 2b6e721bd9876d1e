package io.canale.portal.opportunity;

import io.canale.portal.lead.Lead;
import java.time.LocalDate;
import java.util.List;

/** An opportunity with everything its own page shows: the person, the company, activities and timeline. */
record OpportunityDetail(String id, String leadId, String name, String stage, Opportunity.Money amount,
        int probability, LocalDate expectedCloseDate, String lostReason, Lead.PartnerRef dealer,
        Lead.Contact contact, Lead.Company company, List<Activity> activities, List<Lead.TimelineEntry> timeline,
        int version) {

    /** Only the owning dealer logs activities and completes tasks. */
    boolean ownedBy(String partnerId) {
        return dealer != null && dealer.id().equals(partnerId);
    }
}
