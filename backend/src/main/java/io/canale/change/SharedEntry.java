package io.canale.change;

import io.canale.security.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * A feed entry on its way to subscribers, with what each reader makes of it: the tail hands the same instance to every
 * subscriber, so the access policy's filtering and shaping of the entry runs once per distinct caller (the caller as
 * its token says: who, which partner, which scopes) rather than once per subscription, and every subscription of that
 * caller receives the same {@link ShownChange}, which lets the GraphQL layer share the result of the same selection
 * ({@link SharedChangeResults}). Access is still decided when the entry is delivered, by the policy, for that caller.
 * Entries read from the feed to catch a subscriber up are wrapped one by one (shaped once per subscriber).
 */
final class SharedEntry {

    private final Document entry;
    private final long sequence;
    private final Map<Reader, Optional<ShownChange>> shown = new ConcurrentHashMap<>(4);

    SharedEntry(Document entry) {
        this.entry = entry;
        this.sequence = ((Number) entry.get("_id")).longValue();
    }

    Document entry() {
        return entry;
    }

    long sequence() {
        return sequence;
    }

    /**
     * The entry as this reader may read it, or null; worked out by the first of the reader's subscriptions, and handed
     * to the others as the same instance.
     */
    ShownChange shownTo(Reader reader, ChangeReading reading) {
        return shown.computeIfAbsent(reader, key -> reading.shownTo(key.caller, entry)).orElse(null);
    }

    /**
     * A caller as the key of what it may read: one instance per distinct caller (while at most {@link #KEEP_AT_MOST}
     * are known), compared by identity, so that looking up an entry's shape costs no hashing and comparing of the
     * caller's fields on every delivery. A caller that gets a second instance is only shaped twice.
     */
    static final class Reader {

        private static final int KEEP_AT_MOST = 10_000;
        private static final Map<Caller, Reader> KNOWN = new ConcurrentHashMap<>();

        private final Caller caller;

        private Reader(Caller caller) {
            this.caller = caller;
        }

        static Reader of(Caller caller) {
            if (KNOWN.size() >= KEEP_AT_MOST) {
                KNOWN.clear();
            }
            return KNOWN.computeIfAbsent(caller, Reader::new);
        }
    }
}
