package io.canale.portal.lead;

import io.canale.portal.opportunity.ConversionPayload;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The lead operations of the API, one GraphQL document each. */
@Component
class LeadApi {

    private static final ParameterizedTypeReference<Connection<Lead>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Connection<Lead.PartnerRef>> DEALERS =
            new ParameterizedTypeReference<>() {
            };

    private final CanaleApi api;

    LeadApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of the inbox; a null status or dealer does not narrow it. */
    Connection<Lead> page(int first, String after, LeadStatus status, String dealerId) {
        Map<String, Object> filter = new HashMap<>();
        if (status != null) {
            filter.put("status", status.name());
        }
        if (dealerId != null) {
            filter.put("dealerId", dealerId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filter);
        return api.execute("leads", variables, "leads", PAGE);
    }

    /** The lead with its timeline, or null when it does not exist or is not visible. */
    Lead load(String id) {
        return api.execute("lead", Map.of("id", id), "lead", Lead.class);
    }

    /** Active dealers whose name contains the text, for routing by hand (staff only). */
    Connection<Lead.PartnerRef> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.trim());
        return api.execute("dealers", variables, "partners", DEALERS);
    }

    LeadPayload accept(Lead lead) {
        return mutate("acceptLead", versioned(lead));
    }

    LeadPayload decline(Lead lead, String reason) {
        Map<String, Object> input = versioned(lead);
        input.put("reason", reason.trim());
        return mutate("declineLead", input);
    }

    /** Routes to the dealer, or by the routing rules when the dealer is null. */
    LeadPayload route(Lead lead, String dealerId) {
        Map<String, Object> input = versioned(lead);
        if (dealerId != null) {
            input.put("dealerId", dealerId);
        }
        return mutate("routeLead", input);
    }

    /** Converts into an opportunity; amount and currency are optional but go together. */
    ConversionPayload convert(Lead lead, BigDecimal amount, String currency) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("leadId", lead.id());
        input.put("expectedVersion", lead.version());
        if (amount != null) {
            input.put("amount", Map.of("amount", amount.toPlainString(), "currency", currency));
        }
        return api.execute("convertLead", Map.of("input", input), "convertLead", ConversionPayload.class);
    }

    private LeadPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, LeadPayload.class);
    }

    private static Map<String, Object> versioned(Lead lead) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", lead.id());
        input.put("expectedVersion", lead.version());
        return input;
    }
}
