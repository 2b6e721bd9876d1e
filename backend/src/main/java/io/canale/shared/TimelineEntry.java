package io.canale.shared;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a record, kept on the record itself so the entry and the change are written
 * in one atomic update. {@code event} is also the key of its localized text ({@code timeline.<event>} in the
 * message bundles, filled with {@code args}); {@code summary} is the English text, kept for readers of the raw
 * data and as the fallback. Entries that name other partners are for staff only.
 * <p>
 * {@code by} is the actor's subject and {@code byPartner} the partner it acted for (null on entries written before
 * it was stored, and for the platform): readers see the actor as the access policy decides, never {@code by} as it is.
 */
public record TimelineEntry(Instant at, String by, ActingPartner byPartner, String event, String summary, boolean staffOnly,
        List<String> args) implements Acted {

    public TimelineEntry {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TimelineEntry shared(Instant at, Actor by, String event, String summary, String... args) {
        return new TimelineEntry(at, by.subject(), by.partner(), event, summary, false, List.of(args));
    }

    public static TimelineEntry staffOnly(Instant at, Actor by, String event, String summary, String... args) {
        return new TimelineEntry(at, by.subject(), by.partner(), event, summary, true, List.of(args));
    }

    /** Who wrote the entry. */
    @Override
    public Actor actor() {
        return new Actor(by, byPartner);
    }
}
