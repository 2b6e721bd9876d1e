package io.canale.fund;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Fund requests on the home: for staff the requests and the claims waiting for their review (allocations marked
 * {@code awaitingStaff}, index {@code awaiting_staff_newest}); for a dealer its requests with a question to answer and
 * its approved requests whose claim is due (its allocations, index {@code party_newest}). Requests live inside their
 * allocation, so each count is one aggregation: the indexed match on allocations, then one row per request; each item
 * is a request, named by its title.
 */
@Component
public class FundWork {

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    FundWork(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** Requests waiting for staff's decision, oldest first. */
    public Todos requestsToReview(Caller caller) {
        policy.reviewsFunds(caller);
        return requests(Criteria.where("awaitingStaff").is(true), FundRequest.Status.IN_REVIEW, "requests.submittedAt", false);
    }

    /** Claims waiting for staff's decision, oldest claim first. */
    public Todos claimsToReview(Caller caller) {
        policy.reviewsFunds(caller);
        return requests(Criteria.where("awaitingStaff").is(true), FundRequest.Status.CLAIMED, "requests.claim.submittedAt", false);
    }

    /** The dealer's requests on which staff asked a question, oldest first. */
    public Todos questionsToAnswer(Caller caller) {
        return requests(Criteria.where("parties.partnerId").is(policy.fundsAwaitFrom(caller)), FundRequest.Status.INFO_REQUESTED,
                "requests.submittedAt", false);
    }

    /** The dealer's approved requests not claimed yet, the earliest claim deadline first ({@code dueAt}). */
    public Todos claimsDue(Caller caller) {
        return requests(Criteria.where("parties.partnerId").is(policy.fundsAwaitFrom(caller)), FundRequest.Status.APPROVED,
                "requests.claimDeadline", true);
    }

    private Todos requests(Criteria allocations, FundRequest.Status status, String order, boolean due) {
        List<AggregationOperation> rows = List.of(Aggregation.match(allocations), Aggregation.unwind("requests"),
                Aggregation.match(Criteria.where("requests.status").is(status.name())), Aggregation.sort(Sort.by(order, "requests._id")));
        return new Todos() {
            @Override
            public long count() {
                List<Document> counted = aggregate(rows, Aggregation.group().count().as("count"));
                return counted.isEmpty() ? 0 : ((Number) counted.getFirst().get("count")).longValue();
            }

            @Override
            public List<TodoItem> first(int size) {
                return aggregate(rows, Aggregation.limit(size)).stream().map(row -> {
                    Document request = row.get("requests", Document.class);
                    Instant dueAt = due && request.get("claimDeadline") instanceof Date deadline ? deadline.toInstant() : null;
                    return new TodoItem(request.getString("_id"), request.getString("title"), dueAt);
                }).toList();
            }
        };
    }

    private List<Document> aggregate(List<AggregationOperation> head, AggregationOperation tail) {
        List<AggregationOperation> stages = new ArrayList<>(head);
        stages.add(tail);
        // Untyped (the collection by name): the stages name stored fields, such as the requests' '_id'.
        return mongo.aggregate(Aggregation.newAggregation(stages), mongo.getCollectionName(FundAllocation.class), Document.class)
                .getMappedResults();
    }
}
