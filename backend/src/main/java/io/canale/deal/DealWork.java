package io.canale.deal;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Deal registrations on the home: those waiting for staff's decision, oldest first (index {@code status_oldest}). */
@Component
public class DealWork {

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    DealWork(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** Registrations submitted or in review, for staff who decide them. */
    public Todos toReview(Caller caller) {
        policy.reviewsDeals(caller);
        return inReview();
    }

    /** How many registrations wait for a decision (staff's figure, also read with {@code leads:read} alone). */
    public long inReviewCount(Caller caller) {
        policy.readsChannelFigures(caller, Scopes.LEADS_READ);
        return inReview().count();
    }

    private Todos inReview() {
        Criteria waiting = Criteria.where("status").in(DealRegistration.Status.SUBMITTED, DealRegistration.Status.IN_REVIEW);
        return Todos.matching(mongo, waiting, Sort.by("createdAt"), DealRegistration.class,
                deal -> new TodoItem(deal.id(), deal.customerName(), null));
    }
}
