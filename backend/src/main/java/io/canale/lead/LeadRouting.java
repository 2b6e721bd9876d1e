package io.canale.lead;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Chooses the dealer for a lead. The routing module implements it, so leads depend on no routing rule; a
 * decision names its rule, candidates and reason.
 */
public interface LeadRouting {

    RoutingDecision decide(LeadDetails lead, Collection<String> alreadyTried, Instant at);

    /** The ids of the active dealers, as routing sees them (kept between leads, like the dealers it routes to). */
    Set<String> activeDealerIds();
}
