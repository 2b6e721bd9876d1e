package io.canale.portal.opportunity;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The pipeline operations of the API: the board (stages and totals, then each stage's newest cards), the list, moving a card. */
@Component
class PipelineApi {

    /** Cards loaded per column, newest first, so a crowded stage never hides the others; columns say how many more. */
    static final int CARDS_PER_STAGE = 25;

    private static final ParameterizedTypeReference<Connection<Opportunity>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    PipelineApi(CanaleApi api) {
        this.api = api;
    }

    /** The answer of the board document. */
    record BoardData(List<Opportunity.Stage> pipelineStages, List<Opportunity.StageTotal> pipeline) {
    }

    PipelineBoard board() {
        BoardData data = api.executeAll("pipelineBoard", Map.of(), BoardData.class);
        List<Opportunity> cards = data.pipelineStages().stream()
                .flatMap(stage -> page(CARDS_PER_STAGE, null, stage.key()).nodes().stream())
                .toList();
        return PipelineBoard.of(data.pipelineStages(), data.pipeline(), cards);
    }

    /** A page of the list; a null stage does not narrow it. */
    Connection<Opportunity> page(int first, String after, String stage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("stage", stage);
        return api.execute("opportunities", variables, "opportunities", PAGE);
    }

    OpportunityPayload move(Opportunity opportunity, String stage, String lostReason) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", opportunity.id());
        input.put("expectedVersion", opportunity.version());
        input.put("stage", stage);
        if (lostReason != null) {
            input.put("lostReason", lostReason);
        }
        return api.execute("moveOpportunity", Map.of("input", input), "moveOpportunity", OpportunityPayload.class);
    }
}
