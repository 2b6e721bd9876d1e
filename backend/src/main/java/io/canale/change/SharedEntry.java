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
    private final Map<Caller, Optional<ShownChange>> shown = new ConcurrentHashMap<>(4);

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

    /** The entry as this caller may read it, or nothing; worked out by the first of the caller's subscriptions. */
    Optional<ShownChange> shownTo(Caller caller, ChangeReading reading) {
        return shown.computeIfAbsent(caller, reader -> reading.shownTo(reader, entry));
    }
}
