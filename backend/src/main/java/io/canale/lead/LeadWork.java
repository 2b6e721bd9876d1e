package io.canale.lead;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Leads on the home: those waiting for a dealer's answer (soonest deadline first), those waiting for staff to route
 * them (oldest first), and a dealer's average time to accept. Whose records they are is the access policy's answer.
 */
@Component
public class LeadWork {

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    LeadWork(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** Leads routed to the caller's dealer, waiting for its answer; index {@code dealer_deadlines}. */
    public Todos toAnswer(Caller caller) {
        Criteria routedToMe = Criteria.where("dealerId").is(policy.answersLeadsOf(caller)).and("status").is(LeadStatus.ROUTED);
        return Todos.matching(mongo, routedToMe, Sort.by("acceptBy"), Lead.class,
                lead -> new TodoItem(lead.id(), nameOf(lead), lead.acceptBy()));
    }

    /** New leads and leads no dealer took, waiting for staff to route them; index {@code status_oldest}. */
    public Todos toRoute(Caller caller) {
        policy.routesLeads(caller);
        return unrouted();
    }

    /** How many leads wait for staff to route them (staff's figure, also read with {@code leads:read} alone). */
    public long unroutedCount(Caller caller) {
        policy.readsChannelFigures(caller, io.canale.security.Scopes.LEADS_READ);
        return unrouted().count();
    }

    private Todos unrouted() {
        Criteria unrouted = Criteria.where("status").in(LeadStatus.NEW, LeadStatus.UNASSIGNED);
        return Todos.matching(mongo, unrouted, Sort.by("receivedAt"), Lead.class, lead -> new TodoItem(lead.id(), nameOf(lead), null));
    }

    /**
     * The caller's dealer's average time from a lead's routing to its acceptance, in seconds, over every lead it
     * accepted; empty before the first. One aggregation over the dealer's leads (index {@code dealer_newest}).
     */
    public Optional<Double> averageSecondsToAccept(Caller caller) {
        Aggregation average = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("dealerId").is(policy.dealerFiguresOf(caller)).and("acceptedInSeconds").exists(true)),
                Aggregation.group().avg("acceptedInSeconds").as("seconds"));
        List<Document> result = mongo.aggregate(average, Lead.class, Document.class).getMappedResults();
        return result.isEmpty() || result.getFirst().get("seconds") == null ? Optional.empty()
                : Optional.of(((Number) result.getFirst().get("seconds")).doubleValue());
    }

    private static String nameOf(Lead lead) {
        LeadDetails details = lead.details();
        String label = LeadDetails.label(details.company() == null ? null : details.company().name(),
                details.contact() == null ? null : details.contact().name());
        return label == null ? lead.id() : label;
    }
}
