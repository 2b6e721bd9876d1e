package io.canale.portal.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.DateOrder;
import io.canale.portal.api.Partner;
import io.canale.portal.api.SchemaType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The lead operations of the API, one GraphQL document each (under {@code graphql-documents/lead/}). */
@Component
class LeadApi {

    /** The inbox's filter; a null status or dealer does not narrow it. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LeadFilter(LeadStatus status, String dealerId) {
    }

    @SchemaType
    record LeadVersionInput(String id, int expectedVersion) {
    }

    @SchemaType
    record DeclineLeadInput(String id, int expectedVersion, String reason) {
    }

    /** Without a dealer, the routing rules choose. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RouteLeadInput(String id, int expectedVersion, String dealerId) {
    }

    private final CanaleApi api;

    LeadApi(CanaleApi api) {
        this.api = api;
    }

    Connection<Lead> page(int first, String after, LeadStatus status, String dealerId) {
        return page(first, after, status, dealerId, DateOrder.NEWEST_FIRST);
    }

    Connection<Lead> page(int first, String after, LeadStatus status, String dealerId, DateOrder order) {
        return page(first, after, status, dealerId, order, null);
    }

    /** A page in the date order, or by a column when {@code sort} is given (the API then ignores the order). */
    Connection<Lead> page(int first, String after, LeadStatus status, String dealerId, DateOrder order, LeadSort sort) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("filter", new LeadFilter(status, dealerId), "order", order));
        if (sort != null) {
            variables.put("sort", sort);
        }
        return api.page("lead/leads", "leads", Lead.class, first, after, variables);
    }

    /** The lead with its timeline, or null when it does not exist or is not visible. */
    Lead load(String id) {
        return api.execute("lead/lead", Map.of("id", id), "lead", Lead.class);
    }

    /** Active dealers whose name contains the text, to route a lead to by hand. */
    Connection<Partner> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.trim());
        return api.page("lead/dealers", "partners", Partner.class, first, after, variables);
    }

    LeadPayload accept(Lead lead) {
        return mutate("acceptLead", new LeadVersionInput(lead.id(), lead.version()));
    }

    LeadPayload decline(Lead lead, String reason) {
        return mutate("declineLead", new DeclineLeadInput(lead.id(), lead.version(), reason.trim()));
    }

    /** Routes to the dealer, or by the routing rules when the dealer is null. */
    LeadPayload route(Lead lead, String dealerId) {
        return mutate("routeLead", new RouteLeadInput(lead.id(), lead.version(), dealerId));
    }

    private LeadPayload mutate(String mutation, Object input) {
        return api.mutate("lead/" + mutation, input, LeadPayload.class);
    }
}
