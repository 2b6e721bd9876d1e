package io.canale.portal.opportunity;

import io.canale.portal.lead.Lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityDraftTests {

    private static final OpportunityDetail OPPORTUNITY = new OpportunityDetail("opp_1", "lead_1", "Galli", "proposal",
            null, 40, null, null, new Lead.PartnerRef("ptn_rossi", "Rossi Auto"), new Lead.Contact("Chiara", null, null),
            null, List.of(), List.of(), 7);

    @Test
    void aTaskCarriesItsDueDateAndTheVersionSeen() {
        ActivityDraft draft = draft(Activity.Type.TASK, "  Send the offer ", "", LocalDate.of(2027, 3, 1));

        assertThat(draft.needsDueDate()).isTrue();
        assertThat(draft.input(OPPORTUNITY)).containsExactly(
                entry("id", "opp_1"), entry("expectedVersion", 7), entry("type", "TASK"),
                entry("subject", "Send the offer"), entry("dueDate", "2027-03-01"));
    }

    @Test
    void aCallDropsADueDateEnteredBeforeTheTypeChanged() {
        ActivityDraft draft = draft(Activity.Type.CALL, "Called back", " Wants a test drive ", LocalDate.of(2027, 3, 1));

        assertThat(draft.needsDueDate()).isFalse();
        assertThat(draft.input(OPPORTUNITY)).doesNotContainKey("dueDate")
                .containsEntry("type", "CALL").containsEntry("notes", "Wants a test drive");
    }

    @Test
    void blankNotesAreLeftOut() {
        assertThat(draft(Activity.Type.NOTE, "Met at the fair", "   ", null).input(OPPORTUNITY)).doesNotContainKey("notes");
    }

    @Test
    void onlyAnOpenTaskIsOverdueAfterItsDueDate() {
        LocalDate today = LocalDate.of(2027, 3, 2);
        Activity task = new Activity("act_1", Activity.Type.TASK, "Offer", null, LocalDate.of(2027, 3, 1), false, null, "m");

        assertThat(task.openTask()).isTrue();
        assertThat(task.overdue(today)).isTrue();
        assertThat(task.overdue(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(new Activity("act_2", Activity.Type.TASK, "Offer", null, LocalDate.of(2027, 3, 1), true, null, "m")
                .overdue(today)).isFalse();
        assertThat(new Activity("act_3", Activity.Type.CALL, "Call", null, null, false, null, "m").openTask()).isFalse();
    }

    @Test
    void onlyTheOwningDealerMayChangeTheOpportunity() {
        assertThat(OPPORTUNITY.ownedBy("ptn_rossi")).isTrue();
        assertThat(OPPORTUNITY.ownedBy("ptn_bianchi")).isFalse();
        assertThat(OPPORTUNITY.ownedBy(null)).isFalse();
    }

    private static ActivityDraft draft(Activity.Type type, String subject, String notes, LocalDate dueDate) {
        ActivityDraft draft = new ActivityDraft();
        draft.setType(type);
        draft.setSubject(subject);
        draft.setNotes(notes);
        draft.setDueDate(dueDate);
        return draft;
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }
}
