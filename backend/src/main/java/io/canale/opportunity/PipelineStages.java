package io.canale.opportunity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pipeline's stages in order ({@code canale.pipeline.stages}); the last two close an opportunity as
 * won and lost. Each stage has a default probability used when an opportunity enters it.
 *
 * @param stages stage keys in order, ending with the won and the lost stage
 * @param probabilities default probability per stage, same order
 */
@ConfigurationProperties("canale.pipeline")
record PipelineStages(List<String> stages, List<Integer> probabilities) {

    PipelineStages {
        stages = stages == null || stages.size() < 3 ? List.of("qualification", "proposal", "negotiation", "won", "lost") : List.copyOf(stages);
        probabilities = probabilities == null || probabilities.size() != stages.size()
                ? defaults(stages.size()) : List.copyOf(probabilities);
    }

    private static List<Integer> defaults(int count) {
        java.util.List<Integer> values = new java.util.ArrayList<>();
        for (int i = 0; i < count - 2; i++) {
            values.add(10 + 80 * i / Math.max(1, count - 3));
        }
        values.add(100);
        values.add(0);
        return values;
    }

    String first() {
        return stages.getFirst();
    }

    String won() {
        return stages.get(stages.size() - 2);
    }

    String lost() {
        return stages.getLast();
    }

    boolean contains(String stage) {
        return stages.contains(stage);
    }

    /** Whether entering the stage needs a reason: losing an opportunity is always explained. */
    boolean needsReason(String stage) {
        return stage.equals(lost());
    }

    boolean closes(String stage) {
        return stage.equals(won()) || stage.equals(lost());
    }

    int probabilityOf(String stage) {
        return probabilities.get(stages.indexOf(stage));
    }
}
