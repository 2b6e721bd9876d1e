package io.canale.portal.opportunity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.SchemaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The pipeline operations of the API: the board (stages and totals, then each stage's newest cards), the list, moving a card. */
@Component
class PipelineApi {

    /** Cards loaded per column, newest first, so a crowded stage never hides the others; columns say how many more. */
    static final int CARDS_PER_STAGE = 25;

    /** Only the lost stage takes a reason. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MoveOpportunityInput(String id, int expectedVersion, String stage, String lostReason) {
    }

    /** The answer of the board document: its two top-level fields. */
    record BoardData(List<PipelineStage> pipelineStages, List<PipelineStageTotal> pipeline) {
    }

    private final CanaleApi api;

    PipelineApi(CanaleApi api) {
        this.api = api;
    }

    PipelineBoard board() {
        BoardData data = api.executeAll("opportunity/pipelineBoard", Map.of(), BoardData.class);
        List<Opportunity> cards = data.pipelineStages().stream()
                .flatMap(stage -> page(CARDS_PER_STAGE, null, stage.key()).nodes().stream())
                .toList();
        return PipelineBoard.of(data.pipelineStages(), data.pipeline(), cards);
    }

    /** A page of the list, newest first; a null stage does not narrow it. */
    Connection<Opportunity> page(int first, String after, String stage) {
        return page(first, after, stage, null);
    }

    /** The same by a column when {@code sort} is given. */
    Connection<Opportunity> page(int first, String after, String stage, OpportunitySort sort) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stage", stage);
        variables.put("sort", sort);
        return api.page("opportunity/opportunities", "opportunities", Opportunity.class, first, after, variables);
    }

    OpportunityPayload move(Opportunity opportunity, String stage, String lostReason) {
        MoveOpportunityInput input = new MoveOpportunityInput(opportunity.id(), opportunity.version(), stage, lostReason);
        return api.mutate("opportunity/moveOpportunity", input, OpportunityPayload.class);
    }
}
