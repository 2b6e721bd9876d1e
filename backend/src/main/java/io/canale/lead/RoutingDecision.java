package io.canale.lead;

import java.time.Instant;
import java.util.List;

/**
 * Why a lead went where it went: the matching rule, the candidates in the order they will be tried, the
 * dealer chosen (null when none was left) and an explanation in words.
 */
record RoutingDecision(Instant at, String decidedBy, String ruleName, List<String> candidateIds, String chosenId,
        String explanation) {

    RoutingDecision {
        candidateIds = List.copyOf(candidateIds);
    }

    boolean routed() {
        return chosenId != null;
    }
}
