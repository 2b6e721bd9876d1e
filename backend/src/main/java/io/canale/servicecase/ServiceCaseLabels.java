package io.canale.servicecase;

import io.canale.shared.RecordLabels;
import java.util.Collection;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** A service case is called by its subject wherever another feature names one (a notification "waiting on you"). */
@Component
class ServiceCaseLabels implements RecordLabels {

    private final MongoOperations mongo;

    ServiceCaseLabels(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "SERVICE_CASE";
    }

    /** One query for all ids, reading only the subjects. */
    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        return RecordLabels.ofField(mongo, mongo.getCollectionName(ServiceCase.class), "subject", ids);
    }
}
