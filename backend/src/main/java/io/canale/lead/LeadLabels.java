package io.canale.lead;

import io.canale.shared.RecordLabels;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A lead is called by its company, or its contact's name when it has no company, wherever another feature names one
 * (a notification "lead routed to you": only the dealer the lead went to is told, and it sees those names).
 */
@Component
class LeadLabels implements RecordLabels {

    private final MongoOperations mongo;

    LeadLabels(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "LEAD";
    }

    /** One query for all ids, reading only the two names. */
    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id", "details.company.name", "details.contact.name");
        Map<String, String> labels = new HashMap<>();
        mongo.find(query, org.bson.Document.class, "leads").forEach(lead -> {
            org.bson.Document details = lead.get("details", org.bson.Document.class);
            String label = details == null ? null : LeadDetails.label(nameIn(details, "company"), nameIn(details, "contact"));
            if (label != null) {
                labels.put(lead.getString("_id"), label);
            }
        });
        return labels;
    }

    private static String nameIn(org.bson.Document details, String part) {
        org.bson.Document named = details.get(part, org.bson.Document.class);
        return named == null ? null : named.getString("name");
    }
}
