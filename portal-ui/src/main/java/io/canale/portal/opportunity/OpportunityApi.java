package io.canale.portal.opportunity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.SchemaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One opportunity: its conversion from a lead, its page and its activities (documents under
 * {@code graphql-documents/opportunity/}). Changes answer only the new version: the page reloads the whole
 * opportunity, whose timeline the change has extended.
 */
@Component
public class OpportunityApi {

    /** An amount is optional; without one the opportunity starts unestimated. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConvertLeadInput(String leadId, int expectedVersion, MoneyInput amount) {
    }

    /** Only a task has a due date; blank notes are left out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddActivityInput(String id, int expectedVersion, Activity.Type type, String subject, String notes,
            LocalDate dueDate) {
    }

    /**
     * The page's edit: only what changed; {@code items} replace the expected products. Amount and close date are
     * {@code null} to keep them, empty to clear them (sent as an explicit null), present to set them.
     */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UpdateOpportunityInput(String id, int expectedVersion, Optional<MoneyInput> amount, Integer probability,
            Optional<LocalDate> expectedCloseDate, List<OpportunityItemInput> items) {
    }

    @SchemaType
    record OpportunityItemInput(String sku, int quantity) {
    }

    @SchemaType
    record CompleteTaskInput(String id, int expectedVersion, String activityId) {
    }

    private final CanaleApi api;

    OpportunityApi(CanaleApi api) {
        this.api = api;
    }

    /** Converts the lead as last seen into an opportunity; amount and currency are optional but go together. */
    public OpportunityPayload convert(String leadId, int leadVersion, BigDecimal amount, String currency) {
        MoneyInput expected = amount == null ? null : MoneyInput.of(amount, currency);
        return mutate("convertLead", new ConvertLeadInput(leadId, leadVersion, expected));
    }

    /** The opportunity, or null when it does not exist or is not visible. */
    Opportunity load(String id) {
        return api.execute("opportunity/opportunity", Map.of("id", id), "opportunity", Opportunity.class);
    }

    OpportunityPayload addActivity(Opportunity opportunity, ActivityForm form) {
        return mutate("addActivity", form.input(opportunity));
    }

    OpportunityPayload update(UpdateOpportunityInput input) {
        return mutate("updateOpportunity", input);
    }

    OpportunityPayload completeTask(Opportunity opportunity, Activity task) {
        return mutate("completeTask", new CompleteTaskInput(opportunity.id(), opportunity.version(), task.id()));
    }

    private OpportunityPayload mutate(String mutation, Object input) {
        return api.mutate("opportunity/" + mutation, input, OpportunityPayload.class);
    }
}
