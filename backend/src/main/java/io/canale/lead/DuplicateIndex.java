package io.canale.lead;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Finds leads that look like the same customer through a key table ({@code lead_keys}: one document per
 * normalised email, phone or company+name, listing its leads). Lookups go by {@code _id}, so they stay
 * fast on every store, the embedded one included, and for whole import batches at once.
 */
@Component
public class DuplicateIndex {

    static final String COLLECTION = "lead_keys";
    /** Leads kept per key: enough to flag, bounded so one popular key cannot grow a document forever. */
    static final int MAX_LEADS_PER_KEY = 20;

    private final MongoOperations mongo;

    DuplicateIndex(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Flags each lead's possible duplicates, earlier leads of the same batch included, and registers its keys. */
    public void flagAndRegister(List<Lead> batch) {
        Map<String, PossibleDuplicate.Reason> reasons = new LinkedHashMap<>();
        for (Lead lead : batch) {
            keysOf(lead.details()).forEach(reasons::put);
        }
        if (reasons.isEmpty()) {
            return;
        }
        Map<String, List<String>> known = new java.util.HashMap<>();
        mongo.getCollection(COLLECTION).find(Filters.in("_id", reasons.keySet()))
                .forEach(doc -> known.put(doc.getString("_id"), new ArrayList<>(doc.getList("leadIds", String.class))));
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (Lead lead : batch) {
            List<PossibleDuplicate> duplicates = new ArrayList<>();
            keysOf(lead.details()).forEach((key, reason) -> {
                List<String> others = known.computeIfAbsent(key, k -> new ArrayList<>());
                others.stream().filter(other -> !other.equals(lead.id())
                        && duplicates.stream().noneMatch(d -> d.leadId().equals(other)))
                        .forEach(other -> duplicates.add(new PossibleDuplicate(other, reason)));
                if (others.size() < MAX_LEADS_PER_KEY && !others.contains(lead.id())) {
                    others.add(lead.id());
                    writes.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.addToSet("leadIds", lead.id()),
                            new UpdateOptions().upsert(true)));
                }
            });
            lead.flagPossibleDuplicates(duplicates);
        }
        if (!writes.isEmpty()) {
            mongo.getCollection(COLLECTION).bulkWrite(writes);
        }
    }

    private static Map<String, PossibleDuplicate.Reason> keysOf(LeadDetails details) {
        Map<String, PossibleDuplicate.Reason> keys = new LinkedHashMap<>();
        if (details.emailKey() != null) {
            keys.put("email:" + details.emailKey(), PossibleDuplicate.Reason.SAME_EMAIL);
        }
        if (details.phoneKey() != null) {
            keys.put("phone:" + details.phoneKey(), PossibleDuplicate.Reason.SAME_PHONE);
        }
        if (details.companyAndNameKey() != null) {
            keys.put("company:" + details.companyAndNameKey(), PossibleDuplicate.Reason.SAME_COMPANY_AND_NAME);
        }
        return keys;
    }
}
