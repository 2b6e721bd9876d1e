package io.canale.portal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBoardTests {

    private static final List<PipelineStage> STAGES = List.of(
            new PipelineStage("proposal", 2, false, false), new PipelineStage("qualification", 1, false, false),
            new PipelineStage("won", 3, true, false), new PipelineStage("lost", 4, true, true));

    private static Opportunity card(String id, String stage) {
        return card(id, stage, false);
    }

    private static Opportunity card(String id, String stage, boolean movable) {
        return new Opportunity(id, null, new PartnerRef("ptn_1", "Rossi Auto"), "Deal " + id, null, null, stage, null, 10,
                null, null, null, null, null, 1, new OpportunityActions(movable, movable, movable));
    }

    @Test
    void columns_follow_the_stage_order_and_cards_keep_their_order() {
        PipelineBoard board = PipelineBoard.of(STAGES, List.of(),
                List.of(card("3", "proposal"), card("2", "qualification"), card("1", "proposal")));

        assertThat(board.columns()).extracting(column -> column.stage().key())
                .containsExactly("qualification", "proposal", "won", "lost");
        assertThat(board.columns().get(1).cards()).extracting(Opportunity::id).containsExactly("3", "1");
        assertThat(board.columns().get(2).cards()).isEmpty();
    }

    @Test
    void counts_come_from_the_totals_and_say_how_many_cards_are_not_loaded() {
        Money eur = new Money("25000.00", "EUR");
        PipelineBoard board = PipelineBoard.of(STAGES,
                List.of(new PipelineStageTotal("proposal", 5, List.of(eur))), List.of(card("1", "proposal")));

        PipelineBoard.Column proposal = board.columns().get(1);
        assertThat(proposal.count()).isEqualTo(5);
        assertThat(proposal.hidden()).isEqualTo(4);
        assertThat(proposal.totals()).containsExactly(eur);
        assertThat(board.columns().get(0).count()).isZero();
    }

    @Test
    void opportunities_in_an_unknown_stage_are_left_out() {
        PipelineBoard board = PipelineBoard.of(STAGES, List.of(), List.of(card("1", "archived")));

        assertThat(board.columns()).allSatisfy(column -> assertThat(column.cards()).isEmpty());
    }

    @Test
    void a_reason_is_asked_where_the_api_says_the_stage_needs_one() {
        assertThat(PipelineBoard.needsReason(STAGES, "lost")).isTrue();
        assertThat(PipelineBoard.needsReason(STAGES, "won")).isFalse();
        assertThat(PipelineBoard.needsReason(STAGES, "unknown")).isFalse();
    }

    @Test
    void the_board_says_whether_the_reader_may_move_any_card() {
        assertThat(PipelineBoard.of(STAGES, List.of(), List.of(card("1", "proposal"))).anyMovable()).isFalse();
        assertThat(PipelineBoard.of(STAGES, List.of(), List.of(card("1", "proposal"), card("2", "won", true)))
                .anyMovable()).isTrue();
    }
}
