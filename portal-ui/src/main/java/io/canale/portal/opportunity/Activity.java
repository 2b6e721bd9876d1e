package io.canale.portal.opportunity;

import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.time.LocalDate;

/** A call, meeting or note logged on an opportunity, or a task planned with a due date. */
@SchemaType
public record Activity(String id, Type type, String subject, String notes, LocalDate dueDate, boolean done, Instant at,
        String by) {

    @SchemaType("ActivityType")
    public enum Type {
        CALL, MEETING, NOTE, TASK
    }

    /** Only tasks are done or not; logged calls, meetings and notes simply happened. */
    boolean openTask() {
        return type == Type.TASK && !done;
    }

    /** An open task whose due date has passed. */
    boolean overdue(LocalDate today) {
        return openTask() && dueDate != null && dueDate.isBefore(today);
    }
}
