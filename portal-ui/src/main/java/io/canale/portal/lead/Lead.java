package io.canale.portal.lead;

import java.time.Instant;
import java.util.List;

/**
 * A lead as the API returns it. The inbox query reads only the grid's fields; the detail fields
 * (duplicates, routing decisions, timeline, ...) are then null.
 */
public record Lead(String id, LeadStatus status, String source, Contact contact, Company company, Address address,
        String productLine, String notes, PartnerRef dealer, Instant acceptBy, String opportunityId,
        List<PossibleDuplicate> possibleDuplicates, List<RoutingDecision> routingDecisions,
        List<TimelineEntry> timeline, int version) {

    public record Contact(String name, String email, String phone) {
    }

    public record Company(String name, String vatNumber) {
    }

    record Address(String country, String region, String postalCode) {
    }

    public record PartnerRef(String id, String name) {
    }

    record PossibleDuplicate(String leadId, String reason) {
    }

    record RoutingDecision(Instant at, String decidedBy, String ruleName, List<PartnerRef> candidates,
            PartnerRef chosen, String explanation) {
    }

    public record TimelineEntry(Instant at, String by, String event, String summary) {
    }

    String companyName() {
        return company == null ? "" : company.name();
    }

    String region() {
        return address == null || address.region() == null ? "" : address.region();
    }

    String dealerName() {
        return dealer == null ? "" : dealer.name();
    }

    /** Whether the lead waits for the given partner to accept or decline it. */
    boolean awaits(String partnerId) {
        return status == LeadStatus.ROUTED && dealer != null && dealer.id().equals(partnerId);
    }

    /** Whether the given partner owns the lead and may convert it. */
    boolean convertibleBy(String partnerId) {
        return status == LeadStatus.ACCEPTED && dealer != null && dealer.id().equals(partnerId);
    }
}
