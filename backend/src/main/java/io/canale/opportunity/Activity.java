package io.canale.opportunity;

import io.canale.shared.Acted;
import io.canale.shared.Actor;
import java.time.Instant;

/**
 * A call, meeting or note logged on an opportunity, or a task with a due date. {@code by} is the subject that logged
 * it; {@code loggedBy} the whole actor (with its partner), null on activities logged before it was stored.
 */
record Activity(String id, Type type, String subject, String notes, String dueDate, boolean done, Instant at, String by,
        Actor loggedBy) implements Acted {

    enum Type { CALL, MEETING, NOTE, TASK }

    static Activity logged(String id, Type type, String subject, String notes, String dueDate, Instant at, Actor by) {
        return new Activity(id, type, subject, notes, dueDate, false, at, by.subject(), by);
    }

    Activity completed() {
        return new Activity(id, type, subject, notes, dueDate, true, at, by, loggedBy);
    }

    /** Who logged it, for the actor fields; an older activity's subject without its partner is shown with care. */
    @Override
    public Actor actor() {
        return loggedBy != null ? loggedBy : new Actor(by, null);
    }
}
