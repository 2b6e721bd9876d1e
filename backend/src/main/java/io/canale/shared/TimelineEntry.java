package io.canale.shared;

import java.time.Instant;

/**
 * Something that happened to a record, kept on the record itself so the entry and the change are written
 * in one atomic update. Entries that name other partners are for staff only.
 */
public record TimelineEntry(Instant at, String by, String event, String summary, boolean staffOnly) {

    public static TimelineEntry shared(Instant at, String by, String event, String summary) {
        return new TimelineEntry(at, by, event, summary, false);
    }

    public static TimelineEntry staffOnly(Instant at, String by, String event, String summary) {
        return new TimelineEntry(at, by, event, summary, true);
    }
}
