package io.canale.opportunity;

import java.time.Instant;

/** A call, meeting or note logged on an opportunity, or a task with a due date. */
record Activity(String id, Type type, String subject, String notes, String dueDate, boolean done, Instant at, String by) {

    enum Type { CALL, MEETING, NOTE, TASK }

    Activity completed() {
        return new Activity(id, type, subject, notes, dueDate, true, at, by);
    }
}
