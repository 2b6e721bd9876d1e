package io.canale.portal.opportunity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.DatePickers;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.UserError;
import java.util.List;

/** Logs a call, meeting or note, or plans a task with a due date; raises {@link SaveEvent} with valid input. */
class ActivityDialog extends Dialog {

    private final Select<Activity.Type> type = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea notes = new TextArea();
    private final DatePicker dueDate = DatePickers.localized(new DatePicker());
    private final Binder<ActivityForm> binder = new Binder<>();

    ActivityDialog(String opportunityName) {
        setHeaderTitle(getTranslation("activity.add.title", opportunityName));
        setId("activity-dialog");
        configureFields();
        configureBinder();
        binder.setBean(new ActivityForm());
        FormLayout form = new FormLayout(type, dueDate, subject, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(subject, 2);
        form.setColspan(notes, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> validateAndSave());
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields() {
        type.setId("activity-type");
        type.setLabel(getTranslation("activity.type"));
        type.setItems(Activity.Type.values());
        type.setItemLabelGenerator(value -> getTranslation("activityType." + value));
        // Only a task has a due date: the field appears when one is chosen.
        type.addValueChangeListener(change -> dueDate.setVisible(change.getValue() == Activity.Type.TASK));
        subject.setId("activity-subject");
        subject.setLabel(getTranslation("activity.subject"));
        subject.setMaxLength(ActivityForm.MAX_SUBJECT);
        notes.setId("activity-notes");
        notes.setLabel(getTranslation("activity.notes"));
        notes.setMaxLength(ActivityForm.MAX_NOTES);
        dueDate.setId("activity-due-date");
        dueDate.setLabel(getTranslation("activity.dueDate"));
        dueDate.setLocale(getLocale());
        dueDate.setVisible(false);
    }

    private void configureBinder() {
        String required = getTranslation("validation.required");
        binder.forField(type).asRequired(required).bind(ActivityForm::getType, ActivityForm::setType);
        binder.forField(subject).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", ActivityForm.MAX_SUBJECT),
                        1, ActivityForm.MAX_SUBJECT))
                .bind(ActivityForm::getSubject, ActivityForm::setSubject);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", ActivityForm.MAX_NOTES),
                        0, ActivityForm.MAX_NOTES))
                .bind(ActivityForm::getNotes, ActivityForm::setNotes);
        binder.forField(dueDate)
                .withValidator(date -> date != null || !binder.getBean().needsDueDate(), required)
                .bind(ActivityForm::getDueDate, ActivityForm::setDueDate);
        // The due date's check depends on the type: run it again when the type changes.
        type.addValueChangeListener(change -> {
            if (dueDate.isInvalid()) {
                binder.validate();
            }
        });
    }

    private void validateAndSave() {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, binder.getBean()));
        }
    }

    /** Marks the fields the server refused; the rest (e.g. a task already done) becomes a notification. */
    void showUserErrors(List<UserError> errors) {
        UserErrorDisplay.showOrNotify(errors, new FieldPaths<HasValidation>()
                .bind("type", type).bind("subject", subject).bind("notes", notes).bind("dueDate", dueDate));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ActivityDialog> {

        private final transient ActivityForm draft;

        SaveEvent(ActivityDialog source, ActivityForm draft) {
            super(source, false);
            this.draft = draft;
        }

        ActivityForm draft() {
            return draft;
        }
    }
}
