package io.canale.portal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.lead.Lead;
import io.canale.portal.opportunity.OpportunityApi.AddActivityInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ActivityFormTests {

    private static final Opportunity OPPORTUNITY = new Opportunity("opp_1", "lead_1",
            new PartnerRef("ptn_rossi", "Rossi Auto"), "Galli", new Lead.Contact("Chiara", null, null), null,
            "proposal", null, 40, null, null, List.of(), List.of(), List.of(), 7, new OpportunityActions(true, true, true));

    @Test
    void a_task_carries_its_due_date_and_the_version_seen() {
        ActivityForm form = form(Activity.Type.TASK, "  Send the offer ", "", LocalDate.of(2027, 3, 1));

        assertThat(form.needsDueDate()).isTrue();
        assertThat(form.input(OPPORTUNITY)).isEqualTo(new AddActivityInput("opp_1", 7, Activity.Type.TASK,
                "Send the offer", null, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void a_call_drops_a_due_date_entered_before_the_type_changed() {
        AddActivityInput input = form(Activity.Type.CALL, "Called back", " Wants a test drive ", LocalDate.of(2027, 3, 1))
                .input(OPPORTUNITY);

        assertThat(input.dueDate()).isNull();
        assertThat(input.type()).isEqualTo(Activity.Type.CALL);
        assertThat(input.notes()).isEqualTo("Wants a test drive");
    }

    @Test
    void blank_notes_and_no_due_date_are_left_out_of_the_request() {
        AddActivityInput input = form(Activity.Type.NOTE, "Met at the fair", "   ", null).input(OPPORTUNITY);

        assertThat(JsonMapper.shared().writeValueAsString(input))
                .isEqualTo("{\"id\":\"opp_1\",\"expectedVersion\":7,\"type\":\"NOTE\",\"subject\":\"Met at the fair\"}");
    }

    @Test
    void the_due_date_is_sent_as_an_iso_date() {
        AddActivityInput input = form(Activity.Type.TASK, "Offer", "", LocalDate.of(2027, 3, 1)).input(OPPORTUNITY);

        assertThat(JsonMapper.shared().writeValueAsString(input)).contains("\"dueDate\":\"2027-03-01\"");
    }

    @Test
    void only_an_open_task_is_overdue_after_its_due_date() {
        LocalDate today = LocalDate.of(2027, 3, 2);
        Activity task = new Activity("act_1", Activity.Type.TASK, "Offer", null, LocalDate.of(2027, 3, 1), false, null, "m");

        assertThat(task.openTask()).isTrue();
        assertThat(task.overdue(today)).isTrue();
        assertThat(task.overdue(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(new Activity("act_2", Activity.Type.TASK, "Offer", null, LocalDate.of(2027, 3, 1), true, null, "m")
                .overdue(today)).isFalse();
        assertThat(new Activity("act_3", Activity.Type.CALL, "Call", null, null, false, null, "m").openTask()).isFalse();
    }

    private static ActivityForm form(Activity.Type type, String subject, String notes, LocalDate dueDate) {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setSubject(subject);
        form.setNotes(notes);
        form.setDueDate(dueDate);
        return form;
    }
}
