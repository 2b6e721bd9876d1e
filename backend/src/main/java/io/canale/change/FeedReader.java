package io.canale.change;

import com.mongodb.client.model.Sorts;
import io.canale.shared.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Reads the feed in sequence order for capabilities that react to changes, each keeping its own position. */
@Component
public class FeedReader {

    private final MongoOperations mongo;

    FeedReader(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Up to {@code limit} entries after {@code sequence}, oldest first. */
    public List<FeedEntry> after(long sequence, int limit) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Document entry : mongo.getCollection(ChangeRelay.FEED).find(ChangeRelay.nextAfter(sequence, limit))
                .sort(Sorts.ascending("_id"))) {
            entries.add(of(entry));
        }
        return entries;
    }

    /** The feed's newest sequence (0 when empty): where a new consumer that wants only what comes next starts. */
    public long head() {
        Document newest = mongo.getCollection(ChangeRelay.FEED).find().sort(Sorts.descending("_id")).limit(1).first();
        return newest == null ? 0 : ((Number) newest.get("_id")).longValue();
    }

    private static FeedEntry of(Document entry) {
        Map<String, FeedEntry.Change> fields = new LinkedHashMap<>();
        for (Document field : entry.getList("fields", Document.class, List.of())) {
            fields.put(field.getString("path"), new FeedEntry.Change(field.get("before"), field.get("after")));
        }
        List<Party> parties = entry.getList("parties", Document.class, List.of()).stream()
                .map(party -> new Party(party.getString("partnerId"), party.getString("role"))).toList();
        Document facts = entry.get("facts", Document.class);
        return new FeedEntry(((Number) entry.get("_id")).longValue(), entry.getString("changeId"), entry.getString("recordType"),
                entry.getString("recordId"), entry.getString("changeType"), entry.getDate("at").toInstant(), parties,
                facts == null ? Map.of() : new LinkedHashMap<>(facts), fields);
    }
}
