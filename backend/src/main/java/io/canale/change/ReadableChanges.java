package io.canale.change;

import com.mongodb.client.model.Sorts;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.ActorView;
import io.canale.security.Caller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The feed for readers outside a request (webhook deliveries): the entries after a sequence that a caller reads, each
 * filtered by {@link ChangeReading} exactly as the {@code changes} query filters it, rendered as the JSON object of the
 * API's {@code Change} (field values as JSON values, not as JSON text).
 */
@Component
public class ReadableChanges {

    /** One entry as its reader may read it: its sequence and the JSON object to send. */
    public record Readable(long sequence, Map<String, Object> body) {
    }

    /** What one read found, and the last sequence it looked at (read or not): where to continue. */
    public record Batch(List<Readable> changes, long scannedThrough) {
    }

    private final MongoOperations mongo;
    private final ChangeReading reading;
    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final MessageSource messages;

    ReadableChanges(MongoOperations mongo, ChangeReading reading, AccessPolicy policy, PartnerDirectory partners,
            MessageSource messages) {
        this.mongo = mongo;
        this.reading = reading;
        this.policy = policy;
        this.partners = partners;
        this.messages = messages;
    }

    /** The names of the kinds of records the feed carries (the API's {@code RecordType}). */
    public static List<String> recordTypes() {
        return Arrays.stream(RecordType.values()).map(Enum::name).toList();
    }

    /** The newest entry's sequence, 0 for an empty feed: a new reader starts after it. Sorts the feed: seldom. */
    public long head() {
        Document newest = mongo.getCollection(ChangeRelay.FEED).find().sort(Sorts.descending("_id"))
                .projection(new Document("_id", 1)).limit(1).first();
        return newest == null ? 0 : ((Number) newest.get("_id")).longValue();
    }

    /** Whether the feed holds an entry after {@code sequence}: one look-up by id, no scan of the feed. */
    public boolean hasAfter(long sequence) {
        return sequence < prunedThrough()
                || mongo.getCollection(ChangeRelay.FEED).find(new Document("_id", sequence + 1)).limit(1).first() != null;
    }

    /**
     * The entries after {@code after}, up to {@code scan} of them, of the named kinds (unknown names are ignored) that
     * the reader reads. Entries dropped by the retention are skipped.
     */
    public Batch after(Caller reader, Collection<String> types, long after, int scan) {
        long from = Math.max(after, prunedThrough());
        // By id, as the tail reads: the feed has no gaps after what was pruned, and an entry becomes visible only after
        // every smaller one, so what is found is the next entries, and the read ends at the last of them.
        List<Document> next = new ArrayList<>();
        mongo.getCollection(ChangeRelay.FEED).find(ChangeRelay.nextAfter(from, scan)).sort(Sorts.ascending("_id")).into(next);
        long through = next.isEmpty() ? from : ((Number) next.getLast().get("_id")).longValue();
        Set<RecordType> readable = types.isEmpty() ? Set.of() : reading.readableTypes(reader, types.stream()
                .filter(recordTypes()::contains).map(RecordType::valueOf).toList());
        Set<String> kinds = readable.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        List<Readable> changes = new ArrayList<>();
        for (Document entry : next) {
            if (kinds.contains(entry.getString("recordType"))) {
                reading.shownTo(reader, entry).ifPresent(change -> changes.add(new Readable(change.sequence(), body(reader, change))));
            }
        }
        return new Batch(changes, through);
    }

    private long prunedThrough() {
        Document state = mongo.getCollection(ChangeFeed.STATE).find(new Document("_id", "feed")).first();
        return state == null ? 0 : ((Number) state.get("prunedThrough")).longValue();
    }

    private Map<String, Object> body(Caller reader, ShownChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", Long.toString(change.sequence()));
        body.put("recordType", change.recordType().name());
        body.put("recordId", change.recordId());
        body.put("changeType", change.changeType());
        body.put("version", change.version());
        body.put("at", change.at().toString());
        body.put("actor", actor(reader, change));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ShownChange.Field field : change.fields()) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("path", field.path());
            shown.put("before", field.beforeValue() == null ? null : ShownChange.plain(field.beforeValue()));
            shown.put("after", field.afterValue() == null ? null : ShownChange.plain(field.afterValue()));
            fields.add(shown);
        }
        body.put("fields", fields);
        return body;
    }

    /** The actor as the API's {@code Actor} shows it to this reader (names in English). */
    private Map<String, Object> actor(Caller reader, ShownChange change) {
        Map<String, Object> actor = new LinkedHashMap<>();
        switch (policy.actorShownTo(reader, change.actor())) {
            case ActorView.Person person -> put(actor, "PERSON", person.subject(), person.partnerType());
            case ActorView.Platform platform -> put(actor, "SYSTEM", platform.name(), null);
            case ActorView.NamedPartner named -> put(actor, "PARTNER",
                    partners.namesOf(Set.of(named.partnerId())).getOrDefault(named.partnerId(), text("actor." + named.partnerType())),
                    named.partnerType());
            case ActorView.PartnerOfType ofType -> put(actor, "PARTNER", text("actor." + ofType.partnerType()), ofType.partnerType());
            case ActorView.AnotherPartner another -> put(actor, "PARTNER", text("actor.another"), null);
        }
        return actor;
    }

    private static void put(Map<String, Object> actor, String kind, String name, Object partnerType) {
        actor.put("kind", kind);
        actor.put("name", name);
        actor.put("partnerType", partnerType == null ? null : partnerType.toString());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
