package io.canale.routing;

import io.canale.lead.LeadDetails;
import io.canale.lead.LeadRouting;
import io.canale.lead.RoutingDecision;
import io.canale.partner.Partner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Picks a dealer for a lead: the first rule that applies and has a candidate wins; candidates are the
 * active dealers the rule admits, below its capacity, not tried before; ties are broken round-robin with
 * an atomic per-rule counter, so several backend nodes share the rotation. The decision explains itself.
 */
@Component
public class LeadRouter implements LeadRouting {

    static final String COUNTERS = "routing_counters";

    private final RoutingInputs inputs;
    private final DealerLoads loads;
    private final MongoOperations mongo;

    LeadRouter(RoutingInputs inputs, DealerLoads loads, MongoOperations mongo) {
        this.inputs = inputs;
        this.loads = loads;
        this.mongo = mongo;
    }

    @Override
    public RoutingDecision decide(LeadDetails lead, Collection<String> alreadyTried, Instant at) {
        return session(1).decide(lead, alreadyTried, at);
    }

    @Override
    public Set<String> activeDealerIds() {
        return inputs.current().dealerIds();
    }

    /**
     * A routing session for many leads at once (an import): dealers' loads are read once, and round-robin
     * turns are reserved in blocks, instead of once per lead. Rules and dealers come from {@link RoutingInputs}.
     */
    public Session session(int turnBlock) {
        RoutingInputs.Inputs current = inputs.current();
        return new Session(current.rules(), current.dealers(), Math.max(1, turnBlock));
    }

    public final class Session {

        private final List<RoutingRule> rules;
        private final List<Partner> dealers;
        private final int turnBlock;
        private final Map<String, Long> openLeads = new HashMap<>();
        private final Map<String, long[]> reservedTurns = new HashMap<>();

        private Session(List<RoutingRule> rules, List<Partner> dealers, int turnBlock) {
            this.rules = rules;
            this.dealers = dealers;
            this.turnBlock = turnBlock;
        }

        public RoutingDecision decide(LeadDetails lead, Collection<String> alreadyTried, Instant at) {
            List<String> skipped = new ArrayList<>();
            List<RoutingDecision.Skipped> skippedRules = new ArrayList<>();
            for (RoutingRule rule : rules) {
                if (!rule.appliesTo(lead)) {
                    continue;
                }
                List<Partner> admitted = dealers.stream()
                        .filter(dealer -> !alreadyTried.contains(dealer.id()) && rule.admits(dealer, lead)).toList();
                countOpenLeads(admitted, rule);
                List<Partner> withCapacity = admitted.stream().filter(dealer -> hasCapacity(dealer, rule)).toList();
                if (withCapacity.isEmpty()) {
                    skipped.add(rule.describe() + (admitted.isEmpty() ? " admits no dealer" : " has no dealer below capacity"));
                    skippedRules.add(new RoutingDecision.Skipped(rule.name(), admitted.isEmpty() ? "NO_DEALER" : "FULL"));
                    continue;
                }
                List<String> order = rotate(withCapacity.stream().map(Partner::id).toList(), nextTurn(rule));
                openLeads.computeIfPresent(order.getFirst(), (id, open) -> open + 1);
                String explanation = "Rule " + rule.describe() + " applies; " + withCapacity.size() + " of "
                        + admitted.size() + " admitted dealer(s) below capacity; round-robin turn picks the first"
                        + (skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")");
                return new RoutingDecision(at, "rules", rule.name(), order, order.getFirst(), explanation, "RULE_APPLIES",
                        List.of(rule.name(), String.valueOf(withCapacity.size()), String.valueOf(admitted.size())), skippedRules);
            }
            String explanation = skipped.isEmpty() ? "No routing rule applies to this lead: back with staff"
                    : "No rule had a candidate (" + String.join("; ", skipped) + "): back with staff";
            return new RoutingDecision(at, "rules", null, List.of(), null, explanation,
                    skipped.isEmpty() ? "NO_RULE" : "NO_CANDIDATE", List.of(), skippedRules);
        }

        private boolean hasCapacity(Partner dealer, RoutingRule rule) {
            if (rule.maxOpenLeadsPerDealer() == null) {
                return true;
            }
            return openLeads.get(dealer.id()) < rule.maxOpenLeadsPerDealer();
        }

        /**
         * The open leads of the admitted dealers whose load this session does not know yet, from {@link DealerLoads}
         * (kept between leads, read in one aggregation when not known); this session's own decisions add to them.
         */
        private void countOpenLeads(List<Partner> admitted, RoutingRule rule) {
            if (rule.maxOpenLeadsPerDealer() == null) {
                return;
            }
            List<String> unknown = admitted.stream().map(Partner::id).filter(id -> !openLeads.containsKey(id)).toList();
            if (unknown.isEmpty()) {
                return;
            }
            openLeads.putAll(loads.of(unknown));
        }

        /** The rule's next turn; turns are taken atomically from the shared counter, a block at a time. */
        private long nextTurn(RoutingRule rule) {
            long[] block = reservedTurns.get(rule.id());
            if (block == null || block[0] >= block[1]) {
                Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(rule.id())),
                        new Update().inc("turn", (long) turnBlock), FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COUNTERS);
                long end = ((Number) counter.get("turn")).longValue();
                block = new long[] {end - turnBlock, end};
                reservedTurns.put(rule.id(), block);
            }
            return block[0]++;
        }
    }

    private static List<String> rotate(List<String> ids, long turn) {
        int start = (int) (turn % ids.size());
        List<String> rotated = new ArrayList<>(ids.subList(start, ids.size()));
        rotated.addAll(ids.subList(0, start));
        return rotated;
    }
}
