package io.canale.order;

import io.canale.shared.RecordLabels;
import java.util.Collection;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
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
        return RecordLabels.ofField(mongo, "orders", "number", ids);
    }
}
