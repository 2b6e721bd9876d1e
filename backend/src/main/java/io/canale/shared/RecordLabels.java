package io.canale.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a feature calls its records on screen where the id is opaque (an order's number): contributed by the feature
 * that owns the records, read by features that only know record type and id (notifications), without depending on it.
 */
public interface RecordLabels {

    /** The record type labelled, as the change feed names it (e.g. {@code ORDER}). */
    String recordType();

    /** The label of each given record that has one; records without a label (or unknown) are left out. */
    Map<String, String> labelsOf(Collection<String> ids);

    /** Labels kept in one top-level field of the records' documents, read for all ids in one query of that field only. */
    static Map<String, String> ofField(MongoOperations mongo, String collection, String field, Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id", field);
        Map<String, String> labels = new HashMap<>();
        mongo.find(query, Document.class, collection).forEach(found -> {
            if (found.getString(field) != null) {
                labels.put(found.getString("_id"), found.getString(field));
            }
        });
        return labels;
    }
}
