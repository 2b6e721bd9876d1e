package io.canale.portal.opportunity;

import io.canale.portal.lead.Lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBoardTests {

    private static final List<Opportunity.Stage> STAGES = List.of(
            new Opportunity.Stage("proposal", 2, false), new Opportunity.Stage("qualification", 1, false),
            new Opportunity.Stage("won", 3, true), new Opportunity.Stage("lost", 4, true));

    private static Opportunity card(String id, String stage) {
        return new Opportunity(id, "Deal " + id, stage, null, 10, null, new Lead.PartnerRef("ptn_1", "Rossi Auto"), 1);
    }

    @Test
    void columnsFollowTheStageOrderAndCardsKeepTheirOrder() {
        PipelineBoard board = PipelineBoard.of(STAGES, List.of(),
                List.of(card("3", "proposal"), card("2", "qualification"), card("1", "proposal")));

        assertThat(board.columns()).extracting(column -> column.stage().key())
                .containsExactly("qualification", "proposal", "won", "lost");
        assertThat(board.columns().get(1).cards()).extracting(Opportunity::id).containsExactly("3", "1");
        assertThat(board.columns().get(2).cards()).isEmpty();
    }

    @Test
    void countsComeFromTheTotalsAndSayHowManyCardsAreNotLoaded() {
        Opportunity.Money eur = new Opportunity.Money("25000.00", "EUR");
        PipelineBoard board = PipelineBoard.of(STAGES,
                List.of(new Opportunity.StageTotal("proposal", 5, List.of(eur))), List.of(card("1", "proposal")));

        PipelineBoard.Column proposal = board.columns().get(1);
        assertThat(proposal.count()).isEqualTo(5);
        assertThat(proposal.hidden()).isEqualTo(4);
        assertThat(proposal.totals()).containsExactly(eur);
        assertThat(board.columns().get(0).count()).isZero();
    }

    @Test
    void opportunitiesInAnUnknownStageAreLeftOut() {
        PipelineBoard board = PipelineBoard.of(STAGES, List.of(), List.of(card("1", "archived")));

        assertThat(board.columns()).allSatisfy(column -> assertThat(column.cards()).isEmpty());
    }

    @Test
    void theLastStageIsLost() {
        assertThat(PipelineBoard.isLost(STAGES, "lost")).isTrue();
        assertThat(PipelineBoard.isLost(STAGES, "won")).isFalse();
    }
}
