package io.canale.order;

import io.canale.shared.RecordLabels;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Orders are called by their number wherever another feature names one (a notification about it). */
@Component
class OrderLabels implements RecordLabels {

    private final MongoOperations mongo;

    OrderLabels(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "ORDER";
    }

    /** One query for all ids, reading only the numbers. */
    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id", "number");
        Map<String, String> numbers = new HashMap<>();
        mongo.find(query, org.bson.Document.class, "orders").forEach(order -> {
            if (order.getString("number") != null) {
                numbers.put(order.getString("_id"), order.getString("number"));
            }
        });
        return numbers;
    }
}
