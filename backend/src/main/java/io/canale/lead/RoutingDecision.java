package io.canale.lead;

import java.time.Instant;
import java.util.List;

/**
 * Why a lead went where it went: the matching rule, the candidates in the order they will be tried, the
 * dealer chosen (null when none was left) and an explanation: in English in {@code explanation}, and as a
 * message code with arguments ({@code routing.<code>}) plus the rules skipped on the way, for the reader's
 * language.
 */
public record RoutingDecision(Instant at, String decidedBy, String ruleName, List<String> candidateIds, String chosenId,
        String explanation, String code, List<String> args, List<Skipped> skipped) {

    /** A rule that applied but had no candidate, and why: NO_DEALER or FULL. */
    public record Skipped(String rule, String why) {
    }

    public RoutingDecision {
        candidateIds = List.copyOf(candidateIds);
        args = args == null ? List.of() : List.copyOf(args);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A decision explained in words only (a factory, not a constructor: the store maps the canonical one). */
    public static RoutingDecision explained(Instant at, String decidedBy, String ruleName, List<String> candidateIds,
            String chosenId, String explanation) {
        return new RoutingDecision(at, decidedBy, ruleName, candidateIds, chosenId, explanation, "TEXT",
                List.of(explanation), List.of());
    }

    boolean routed() {
        return chosenId != null;
    }
}
