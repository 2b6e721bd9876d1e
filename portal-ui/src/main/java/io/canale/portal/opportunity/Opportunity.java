package io.canale.portal.opportunity;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.TimelineEntry;
import io.canale.portal.lead.Lead;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity as the API returns it, with what the reader may do with it ({@code viewerCan}). The board and
 * the list read only a card's fields; the page's fields (contact, activities, timeline, ...) are then null.
 */
@SchemaType
public record Opportunity(String id, String leadId, PartnerRef dealer, String name, Lead.Contact contact,
        Lead.Company company, String stage, Money amount, int probability, LocalDate expectedCloseDate,
        String lostReason, List<Activity> activities, List<Item> items, List<TimelineEntry> timeline, int version,
        OpportunityActions viewerCan) {

    /** A product the dealer expects to sell with it. */
    @SchemaType("OpportunityItem")
    public record Item(String sku, int quantity) {
    }

    /** The expected products; none when the document did not ask. */
    public List<Item> items() {
        return items == null ? List.of() : items;
    }
}
