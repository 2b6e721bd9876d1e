package io.canale.change;

import com.mongodb.client.model.Filters;
import io.canale.shared.Party;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Writes the change entry into the very document write that makes the change: just before a shared record is
 * inserted or replaced, its fields are compared with the stored document and the entry is appended to the
 * record's pending entries ({@value #PENDING}). The replace is conditional on the version read, so the comparison
 * is exact whenever the write succeeds, and entries the relay has not moved yet are carried over. After the write
 * the relay is told to move them to the feed; if the process dies first, its sweep finds them.
 */
@Component
class ChangeCapture implements BeforeSaveCallback<Object>, AfterSaveCallback<Object>, Ordered {

    static final String PENDING = "_changes";
    static final String DELETED_AT = "deletedAt";

    /** Facts of list items that readers' rights depend on, kept with every change of an item (e.g. whose comment). */
    private static final Map<RecordType, Map<String, List<String>>> ITEM_FACTS = Map.of(
            RecordType.SERVICE_CASE, Map.of("comments", List.of("visibility", "addressedTo", "authorPartnerId")),
            RecordType.ORDER, Map.of("shipments", List.of("carrierId")));

    /** Top-level values readers' rights depend on, kept with every change. */
    private static final List<String> RECORD_FACTS = List.of("dealerId", "supplierId", "tier", "caseId");

    private final MongoDatabaseFactory store;
    private final ObjectProvider<ChangeRelay> relay;
    private final Clock clock;

    /** The template's callbacks are created with it: the store and the relay (which uses the template) come later. */
    ChangeCapture(MongoDatabaseFactory store, ObjectProvider<ChangeRelay> relay, Clock clock) {
        this.store = store;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after any callback that still changes the document
    }

    /**
     * A bulk insert of new records whose entries are staged in one document instead of each record's own (see
     * {@link RecordedWrites#insertAll}): Spring Data calls every record's {@code BeforeSave} before the one insert,
     * so the batch is staged when the last record's entry is made, before any record is written.
     */
    static final class StagedInsert {

        private final RecordType type;
        private final int size;
        private final ChangeStaging staging;
        private final List<Object> recordIds = new ArrayList<>();
        private final List<Document> entries = new ArrayList<>();
        private Object id;

        private StagedInsert(RecordType type, int size, ChangeStaging staging) {
            this.type = type;
            this.size = size;
            this.staging = staging;
        }

        private void add(Object recordId, Document entry) {
            if (id != null) {
                throw new IllegalStateException("more records than the staged insert announced");
            }
            if (recordId == null) {
                throw new IllegalStateException("a staged insert needs records whose ids are set before the insert");
            }
            recordIds.add(recordId);
            entries.add(entry);
            if (entries.size() == size) {
                id = staging.stage(type.collection(), recordIds, entries);
            }
        }

        Object id() {
            return id;
        }

        List<Object> recordIds() {
            return recordIds;
        }

        List<Document> entries() {
            return entries;
        }

        String collection() {
            return type.collection();
        }
    }

    private final ThreadLocal<StagedInsert> staged = new ThreadLocal<>();

    /** Until {@link #endStaging}, new records of {@code type} saved on this thread have their entries staged. */
    StagedInsert stageInsertOf(RecordType type, int size, ChangeStaging staging) {
        if (staged.get() != null) {
            throw new IllegalStateException("a staged insert is open on this thread already");
        }
        StagedInsert insert = new StagedInsert(type, size, staging);
        staged.set(insert);
        return insert;
    }

    void endStaging() {
        staged.remove();
    }

    @Override
    public Object onBeforeSave(Object entity, Document document, String collection) {
        StagedInsert insert = staged.get();
        if (insert != null && insert.collection().equals(collection)) {
            if (!firstVersion(document)) {
                throw new IllegalStateException("a staged insert writes new records only");
            }
            insert.add(document.get("_id"), entry(insert.type, null, document, FieldDiff.between(null, document), null));
            return entity;
        }
        RecordType.storedIn(collection).ifPresent(type -> {
            Document before = firstVersion(document) ? null
                    : store.getMongoDatabase().getCollection(collection).find(Filters.eq("_id", document.get("_id"))).first();
            record(type, before, document, null);
        });
        return entity;
    }

    /**
     * Adds to {@code after} (the document about to replace {@code before}, null for a new record) the pending entries
     * of {@code before} and the entry of this change, if any field changed.
     */
    void record(RecordType type, Document before, Document after, Document by) {
        List<Document> pending = new ArrayList<>(before == null ? List.of() : before.getList(PENDING, Document.class, List.of()));
        List<FieldDiff.Field> fields = FieldDiff.between(before, after);
        if (before == null || !fields.isEmpty()) {
            pending.add(entry(type, before, after, fields, by));
        }
        if (!pending.isEmpty()) {
            after.put(PENDING, pending);
        }
    }

    @Override
    public Object onAfterSave(Object entity, Document document, String collection) {
        StagedInsert insert = staged.get();
        if (insert != null && insert.collection().equals(collection) && insert.id() == null) {
            throw new IllegalStateException("a record of a staged insert was written before its batch was staged");
        }
        if (document.containsKey(PENDING) && RecordType.storedIn(collection).isPresent()) {
            relay.getObject().soon(collection, document.get("_id"));
        }
        return entity;
    }

    /** A record marked deleted ({@value #DELETED_AT}) is removed by the relay once its entries are in the feed. */
    static boolean deleted(Document document) {
        return document.get(DELETED_AT) != null;
    }

    private static boolean firstVersion(Document document) {
        return document.get("version") instanceof Number version && version.longValue() == 0;
    }

    /** The entry; its actor is the one given, else the record's audit stamp names it. */
    private Document entry(RecordType type, Document before, Document after, List<FieldDiff.Field> fields, Document by) {
        Object id = after.get("_id");
        long version = after.get("version") instanceof Number number ? number.longValue() : 0;
        Document audit = after.get("audit", Document.class);
        Date at = audit != null && audit.get("updatedAt") instanceof Date updated ? updated : Date.from(clock.instant());
        return new Document("id", type.name() + ":" + id + ":" + version)
                .append("changeType", before == null ? "CREATED" : deleted(after) && !deleted(before) ? "DELETED" : "UPDATED")
                .append("recordType", type.name())
                .append("recordId", String.valueOf(id))
                .append("version", version)
                .append("at", at)
                .append("actor", by == null ? actorOf(audit) : actorFrom(by))
                .append("parties", parties(type.partiesOf(after)))
                .append("facts", facts(type, before, after, fields))
                .append("fields", fields.stream().map(field -> new Document("path", field.path())
                        .append("before", field.before()).append("after", field.after())).toList());
    }

    private static Document actorOf(Document audit) {
        if (audit == null || audit.getString("updatedBy") == null) {
            return new Document("subject", "system");
        }
        Document actor = new Document("subject", audit.getString("updatedBy"));
        if (audit.get("updatedByPartner") instanceof Document partner) {
            // Spring Data stores a nested property named "id" as "_id".
            Object partnerId = partner.containsKey("_id") ? partner.get("_id") : partner.get("id");
            actor.append("partnerId", String.valueOf(partnerId)).append("partnerType", partner.getString("type"));
        }
        return actor;
    }

    /** An actor as the store's converter wrote it ({@code {subject, partner: {_id, type}}}), in the entry's form. */
    private static Document actorFrom(Document by) {
        Document actor = new Document("subject", by.getString("subject"));
        if (by.get("partner") instanceof Document partner) {
            Object partnerId = partner.containsKey("_id") ? partner.get("_id") : partner.get("id");
            actor.append("partnerId", String.valueOf(partnerId)).append("partnerType", partner.getString("type"));
        }
        return actor;
    }

    private static List<Document> parties(List<Party> parties) {
        return parties.stream().map(party -> new Document("partnerId", party.partnerId()).append("role", party.role())).toList();
    }

    /** The values readers' rights depend on: the record's own, and those of every list item the change touched. */
    private static Document facts(RecordType type, Document before, Document after, List<FieldDiff.Field> fields) {
        Document facts = new Document();
        for (String key : RECORD_FACTS) {
            Object value = after.get(key);
            if (value instanceof String || value instanceof Number) {
                facts.append(key, value);
            }
        }
        Map<String, List<String>> items = ITEM_FACTS.getOrDefault(type, Map.of());
        Map<String, Document> touched = new LinkedHashMap<>(); // by the item's path, e.g. comments.3
        for (FieldDiff.Field field : fields) {
            String[] parts = field.path().split("\\.", 3);
            List<String> keys = items.get(parts[0]);
            if (keys != null && parts.length > 1 && parts[1].chars().allMatch(Character::isDigit) && !touched.containsKey(parts[0] + "." + parts[1])) {
                int position = Integer.parseInt(parts[1]);
                Document now = item(after, parts[0], position);
                Document item = now != null ? now : item(before, parts[0], position);
                Document kept = new Document("item", parts[0] + "." + parts[1]);
                if (item != null) {
                    keys.forEach(key -> kept.append(key, item.get(key)));
                }
                touched.put(parts[0] + "." + parts[1], kept);
            }
        }
        if (!touched.isEmpty()) {
            facts.append("items", List.copyOf(touched.values()));
        }
        return facts;
    }

    private static Document item(Document document, String list, int position) {
        if (document == null) {
            return null;
        }
        List<?> items = document.get(list, List.class);
        return items != null && position < items.size() && items.get(position) instanceof Document item ? item : null;
    }

    static Set<String> itemLists(RecordType type) {
        return ITEM_FACTS.getOrDefault(type, Map.of()).keySet();
    }
}
