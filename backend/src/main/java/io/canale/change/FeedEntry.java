package io.canale.change;

import io.canale.shared.Party;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One feed entry as other capabilities consume it (notifications, and later incentive accruals): unfiltered, so a
 * consumer must decide itself, through the access policy, who may learn of it. {@code fields} maps each changed path
 * to its values before and after (plain stored values).
 */
public record FeedEntry(long sequence, String changeId, String recordType, String recordId, String changeType, Instant at,
        List<Party> parties, Map<String, Object> facts, Map<String, Change> fields) {

    /** A changed field's values. */
    public record Change(Object before, Object after) {
    }

    /** The value of a field after the change: the new value if it changed, else null. */
    public Object after(String path) {
        Change change = fields.get(path);
        return change == null ? null : change.after();
    }

    public boolean changed(String path) {
        return fields.containsKey(path);
    }
}
