package io.canale.portal.opportunity;

import io.canale.portal.api.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's columns: one per stage in pipeline order, each with its count and totals (over everything
 * the caller sees) and the cards of the opportunities loaded, newest first. A column may hold more than
 * the cards loaded: {@link Column#hidden()} says how many more.
 */
record PipelineBoard(List<Column> columns) {

    record Column(PipelineStage stage, int count, List<Money> totals, List<Opportunity> cards) {

        int hidden() {
            return Math.max(0, count - cards.size());
        }
    }

    static PipelineBoard of(List<PipelineStage> stages, List<PipelineStageTotal> totals,
            List<Opportunity> opportunities) {
        Map<String, List<Opportunity>> cards = new LinkedHashMap<>();
        stages.forEach(stage -> cards.put(stage.key(), new ArrayList<>()));
        // An opportunity in a stage no longer configured has no column to show it in.
        opportunities.forEach(opportunity -> {
            List<Opportunity> column = cards.get(opportunity.stage());
            if (column != null) {
                column.add(opportunity);
            }
        });
        Map<String, PipelineStageTotal> byStage = new LinkedHashMap<>();
        totals.forEach(total -> byStage.put(total.stage(), total));
        List<Column> columns = stages.stream()
                .sorted(Comparator.comparingInt(PipelineStage::position))
                .map(stage -> {
                    List<Opportunity> stageCards = cards.get(stage.key());
                    PipelineStageTotal total = byStage.get(stage.key());
                    return total == null
                            ? new Column(stage, stageCards.size(), List.of(), List.copyOf(stageCards))
                            : new Column(stage, Math.max(total.count(), stageCards.size()), total.totals(),
                                    List.copyOf(stageCards));
                })
                .toList();
        return new PipelineBoard(columns);
    }

    /** Whether the API asks for a reason to move an opportunity into the stage (the lost one). */
    static boolean needsReason(List<PipelineStage> stages, String key) {
        return stages.stream().anyMatch(stage -> stage.key().equals(key) && stage.needsReason());
    }

    /** Whether the reader may move any card of the board. */
    boolean anyMovable() {
        return columns.stream().flatMap(column -> column.cards().stream())
                .anyMatch(card -> card.viewerCan() != null && card.viewerCan().move());
    }

    List<PipelineStage> stages() {
        return columns.stream().map(Column::stage).toList();
    }
}
