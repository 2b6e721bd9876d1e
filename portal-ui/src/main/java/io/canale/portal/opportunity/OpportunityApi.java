package io.canale.portal.opportunity;

import io.canale.portal.api.CanaleApi;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One opportunity and its activities. Changes answer only the new version: the view reloads the whole
 * opportunity, whose timeline the change has extended.
 */
@Component
class OpportunityApi {

    private final CanaleApi api;

    OpportunityApi(CanaleApi api) {
        this.api = api;
    }

    /** The opportunity, or null when it does not exist or is not visible. */
    OpportunityDetail load(String id) {
        return api.execute("opportunity", Map.of("id", id), "opportunity", OpportunityDetail.class);
    }

    OpportunityPayload addActivity(OpportunityDetail opportunity, ActivityDraft draft) {
        return mutate("addActivity", draft.input(opportunity));
    }

    OpportunityPayload completeTask(OpportunityDetail opportunity, Activity task) {
        return mutate("completeTask", Map.of("id", opportunity.id(), "expectedVersion", opportunity.version(),
                "activityId", task.id()));
    }

    private OpportunityPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, OpportunityPayload.class);
    }
}
