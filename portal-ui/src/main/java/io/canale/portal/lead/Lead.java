package io.canale.portal.lead;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.TimelineEntry;
import java.time.Instant;
import java.util.List;

/**
 * A lead as the API returns it, with what the reader may do with it ({@code viewerCan}). The inbox query reads
 * only the grid's fields; the detail fields (duplicates, routing decisions, timeline, ...) are then null.
 */
@SchemaType
public record Lead(String id, LeadStatus status, Source source, Contact contact, Company company, Address address,
        String productLine, String notes, PartnerRef dealer, Instant acceptBy, String opportunityId,
        List<PossibleDuplicate> possibleDuplicates, List<RoutingDecision> routingDecisions,
        List<TimelineEntry> timeline, int version, LeadActions viewerCan, io.canale.portal.api.Audit audit) {

    /** How the lead arrived; labels are the {@code leadSource.*} messages. */
    @SchemaType("LeadSource")
    enum Source {
        API, WEB_FORM, IMPORT
    }

    /** The person behind the lead; opportunities keep it. */
    @SchemaType("LeadContact")
    public record Contact(String name, String email, String phone) {
    }

    /** The customer's company; opportunities keep it. */
    @SchemaType("LeadCompany")
    public record Company(String name, String vatNumber) {
    }

    @SchemaType("LeadAddress")
    record Address(String country, String region, String postalCode) {
    }

    @SchemaType
    record PossibleDuplicate(String leadId, DuplicateReason reason) {
    }

    /** Why two leads look alike; labels are the {@code duplicateReason.*} messages. */
    @SchemaType
    enum DuplicateReason {
        SAME_EMAIL, SAME_PHONE, SAME_COMPANY_AND_NAME
    }

    @SchemaType
    record RoutingDecision(Instant at, String decidedBy, String ruleName, List<PartnerRef> candidates,
            PartnerRef chosen, String explanation) {
    }

    String companyName() {
        return company == null ? "" : company.name();
    }

    /** When the lead came in; null when the document did not ask. */
    Instant receivedAt() {
        return audit == null ? null : audit.createdAt();
    }

    String region() {
        return address == null || address.region() == null ? "" : address.region();
    }

    String dealerName() {
        return dealer == null ? "" : dealer.name();
    }
}
