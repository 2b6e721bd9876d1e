package io.canale.shared;

import java.util.List;

/** A shared record that keeps a timeline: what timelines spanning several records read. */
public interface TimelineRecord {

    String id();

    /** The kind of record, e.g. LEAD, as shown to readers. */
    String recordType();

    List<Party> parties();

    List<TimelineEntry> timeline();
}
