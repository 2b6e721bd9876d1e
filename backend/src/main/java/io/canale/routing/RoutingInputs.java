package io.canale.routing;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.canale.partner.Partner;
import io.canale.partner.PartnerDirectory;
import io.canale.shared.PartnerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * The routing rules and the active dealers, read once and kept for every lead routed within
 * {@code canale.routing.inputs-ttl} (default 5 s) instead of twice per lead. A rule or partner saved through this
 * node empties the cache at once (the next routing reads afresh); a change saved on another node is seen at the
 * latest after the TTL, which bounds how stale a node's view can be. Invalidating the key waits for a load in
 * flight, so a load that read the old state cannot outlive the change. The TTL runs on the application's
 * clock, so tests move it instead of sleeping.
 */
@Component
class RoutingInputs {

    /** What routing needs besides the lead: the ordered rules and the active dealers by id (and their ids as a set). */
    record Inputs(List<RoutingRule> rules, List<Partner> dealers, Set<String> dealerIds) {

        Inputs(List<RoutingRule> rules, List<Partner> dealers) {
            this(rules, dealers, dealers.stream().map(Partner::id).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private static final String PARTNERS = "partners";
    private static final String RULE_BOOKS = "routing_rules";

    private static final Boolean ONE = Boolean.TRUE;

    private final LoadingCache<Boolean, Inputs> cache;

    RoutingInputs(RoutingRules rules, PartnerDirectory partners, Clock clock,
            @Value("${canale.routing.inputs-ttl:PT5S}") Duration ttl) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build(key -> new Inputs(rules.stored(), partners.activeOfType(PartnerType.DEALER).stream()
                        .sorted(Comparator.comparing(Partner::id)).toList()));
    }

    Inputs current() {
        return cache.get(ONE);
    }

    void invalidate() {
        cache.invalidate(ONE); // by key: waits for a load in flight (invalidateAll would not)
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        invalidateFor(event.getCollectionName());
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        invalidateFor(event.getCollectionName());
    }

    private void invalidateFor(String collection) {
        if (PARTNERS.equals(collection) || RULE_BOOKS.equals(collection)) {
            invalidate();
        }
    }
}
