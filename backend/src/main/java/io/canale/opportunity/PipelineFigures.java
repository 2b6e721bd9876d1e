package io.canale.opportunity;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Money;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A dealer's pipeline on the home: the value of its open opportunities per stage and how many it won and lost, from
 * the same sums as its pipeline board (one read of its opportunities' stage and amount, index {@code party_newest}).
 */
@Component
public class PipelineFigures {

    /** The open stages in order with their sums per currency, and the count of won and lost opportunities. */
    public record Figures(List<StageValue> open, int won, int lost) {
    }

    public record StageValue(String stage, List<Money> totals) {
    }

    private final Opportunities opportunities;
    private final AccessPolicy policy;

    PipelineFigures(Opportunities opportunities, AccessPolicy policy) {
        this.opportunities = opportunities;
        this.policy = policy;
    }

    public Figures of(Caller caller) {
        String dealerId = policy.dealerFiguresOf(caller);
        PipelineStages stages = opportunities.stages();
        List<Opportunities.StageTotal> totals = opportunities.pipeline(caller, dealerId);
        List<StageValue> open = totals.stream().filter(total -> !stages.closes(total.stage()))
                .map(total -> new StageValue(total.stage(), total.totals())).toList();
        int won = totals.stream().filter(total -> total.stage().equals(stages.won())).mapToInt(Opportunities.StageTotal::count).sum();
        int lost = totals.stream().filter(total -> total.stage().equals(stages.lost())).mapToInt(Opportunities.StageTotal::count).sum();
        return new Figures(open, won, lost);
    }
}
