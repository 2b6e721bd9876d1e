package io.canale.routing;

import io.canale.lead.Lead;
import io.canale.lead.LeadStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * How many open leads (routed or accepted) each dealer holds, for routing's capacity check, kept between leads
 * instead of counted for every lead (a count the embedded store, which has no secondary indexes, answers by reading
 * every lead). The counts stay exact for what this node writes: a new lead saved through this node adds one to its
 * dealer's count, and any other change to a lead (accepted, declined, expired, converted, merged, re-routed, deleted)
 * empties the counts, so the next routing reads them afresh. Leads written by another node are seen at the latest after
 * {@code canale.routing.loads-ttl} (default 250 ms; 0 counts for every lead); until then that node's routings can take a
 * dealer past its capacity, as two routings racing on one node always could. The TTL runs on the application's clock.
 */
@Component
class DealerLoads {

    private static final String LEADS = "leads";
    private static final Set<String> OPEN = Set.of(LeadStatus.ROUTED.name(), LeadStatus.ACCEPTED.name());

    private final MongoOperations mongo;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<String, Long> open = new ConcurrentHashMap<>();
    /** Moves on whenever the counts are emptied: counts read meanwhile are used once, not kept. */
    private final AtomicLong generation = new AtomicLong();
    /**
     * The dealers that received a new lead while each count in flight was read: the count may or may not include that
     * lead, so it is used once and not kept for those dealers (the others' counts are).
     */
    private final Set<Set<String>> reading = ConcurrentHashMap.newKeySet();
    private volatile long readAt;

    DealerLoads(MongoOperations mongo, Clock clock, @Value("${canale.routing.loads-ttl:PT0.25S}") Duration ttl) {
        this.mongo = mongo;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    /** The open leads of each of these dealers (0 for none), read from the store only for those not known. */
    Map<String, Long> of(Collection<String> dealerIds) {
        long now = clock.millis();
        if (ttlMillis <= 0 || now - readAt >= ttlMillis || now < readAt) {
            forget();
        }
        Map<String, Long> loads = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String id : dealerIds) {
            Long known = open.get(id);
            if (known == null) {
                unknown.add(id);
            } else {
                loads.put(id, known);
            }
        }
        if (unknown.isEmpty()) {
            return loads;
        }
        long before = generation.get();
        Set<String> touched = ConcurrentHashMap.newKeySet();
        reading.add(touched);
        try {
            Map<String, Long> read = count(unknown);
            if (ttlMillis > 0) {
                synchronized (this) {
                    if (generation.get() == before) {
                        read.forEach((id, count) -> {
                            if (!touched.contains(id)) {
                                open.putIfAbsent(id, count);
                            }
                        });
                    }
                }
            }
            loads.putAll(read);
            return loads;
        } finally {
            reading.remove(touched);
        }
    }

    /**
     * One aggregation for all of them ($match on dealer and open status, served by the dealer_deadlines index; $group by
     * dealer). A dealer with no open lead has no group: zero.
     */
    private Map<String, Long> count(List<String> dealerIds) {
        Aggregation count = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("dealerId").in(dealerIds).and("status").in(LeadStatus.ROUTED, LeadStatus.ACCEPTED)),
                Aggregation.group("dealerId").count().as("open"));
        Map<String, Long> read = new HashMap<>();
        dealerIds.forEach(id -> read.put(id, 0L));
        mongo.aggregate(count, Lead.class, Document.class).forEach(group -> read.put(group.getString("_id"), ((Number) group.get("open")).longValue()));
        return read;
    }

    synchronized void forget() {
        generation.incrementAndGet();
        open.clear();
        readAt = clock.millis();
    }

    /** A new open lead counts at once; any other change to a lead empties the counts. */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (!LEADS.equals(event.getCollectionName())) {
            return;
        }
        Document lead = event.getDocument();
        Object version = lead == null ? null : lead.get("version");
        if (!(version instanceof Number number) || number.longValue() != 0) {
            forget(); // an existing lead changed: it may have left (or moved between) dealers
            return;
        }
        String dealer = lead.getString("dealerId");
        if (dealer != null && OPEN.contains(String.valueOf(lead.get("status")))) {
            synchronized (this) { // against a count being kept meanwhile: either it is not kept, or it is counted up
                reading.forEach(touched -> touched.add(dealer));
                open.computeIfPresent(dealer, (id, count) -> count + 1);
            }
        }
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        if (LEADS.equals(event.getCollectionName())) {
            forget();
        }
    }
}
