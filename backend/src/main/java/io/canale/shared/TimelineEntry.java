package io.canale.shared;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a record, kept on the record itself so the entry and the change are written
 * in one atomic update. {@code event} is also the key of its localized text ({@code timeline.<event>} in the
 * message bundles, filled with {@code args}); {@code summary} is the English text, kept for readers of the raw
 * data and as the fallback. Entries that name other partners are for staff only.
 */
public record TimelineEntry(Instant at, String by, String event, String summary, boolean staffOnly, List<String> args) {

    public TimelineEntry {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TimelineEntry shared(Instant at, String by, String event, String summary, String... args) {
        return new TimelineEntry(at, by, event, summary, false, List.of(args));
    }

    public static TimelineEntry staffOnly(Instant at, String by, String event, String summary, String... args) {
        return new TimelineEntry(at, by, event, summary, true, List.of(args));
    }
}
