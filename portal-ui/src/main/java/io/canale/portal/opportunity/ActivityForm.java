package io.canale.portal.opportunity;

import io.canale.portal.opportunity.OpportunityApi.AddActivityInput;
import java.time.LocalDate;

/**
 * An activity being logged: the Binder's bean and the source of the API's {@code AddActivityInput}. Only a
 * task has a due date; one entered before switching the type to call, meeting or note is not sent.
 */
class ActivityForm {

    static final int MAX_SUBJECT = 120;
    static final int MAX_NOTES = 2000;

    private Activity.Type type = Activity.Type.CALL;
    private String subject = "";
    private String notes = "";
    private LocalDate dueDate;

    /** Whether the draft needs a due date before it can be sent. */
    boolean needsDueDate() {
        return type == Activity.Type.TASK;
    }

    /** The input for {@code addActivity} on the opportunity as last seen (its version guards the change). */
    AddActivityInput input(Opportunity opportunity) {
        return new AddActivityInput(opportunity.id(), opportunity.version(), type, subject.trim(),
                notes.isBlank() ? null : notes.trim(), needsDueDate() ? dueDate : null);
    }

    Activity.Type getType() {
        return type;
    }

    void setType(Activity.Type type) {
        this.type = type;
    }

    String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
    }

    String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
