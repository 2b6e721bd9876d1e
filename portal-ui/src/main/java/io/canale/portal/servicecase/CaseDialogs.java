package io.canale.portal.servicecase;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The small dialogs of staff's moves on a case: triage (priority), waiting (on whom, why) and resolution (how,
 * notes). Each sends its move and hands the API's answer to the view.
 */
final class CaseDialogs {

    private CaseDialogs() {
    }

    static void triage(ServiceCase serviceCase, Consumer<ServiceCasePayload> answer, ServiceCaseApi api) {
        Select<ServiceCase.Priority> priority = select("case-triage-priority", "case.priority", "casePriority", ServiceCase.Priority.values());
        priority.setValue(serviceCase.priority());
        dialog("case-triage-dialog", "case.action.triage", new VerticalLayout(priority), () -> true,
                () -> answer.accept(api.triage(serviceCase, priority.getValue())));
    }

    static void waitOn(ServiceCase serviceCase, Consumer<ServiceCasePayload> answer, ServiceCaseApi api) {
        Select<ServiceCase.WaitingOn> on = select("case-wait-on", "case.waitingOn", "waitingOn", ServiceCase.WaitingOn.values());
        TextArea reason = reason("case-wait-reason", 500);
        dialog("case-wait-dialog", "case.action.wait", new VerticalLayout(on, reason),
                () -> given(on, on.getValue() != null) & given(reason, !reason.getValue().isBlank()),
                () -> answer.accept(api.waitOn(serviceCase, on.getValue(), reason.getValue().trim())));
    }

    static void resolve(ServiceCase serviceCase, Consumer<ServiceCasePayload> answer, ServiceCaseApi api) {
        Select<ServiceCase.Resolution> how = select("case-resolution-select", "case.resolution", "resolution", ServiceCase.Resolution.values());
        TextArea note = reason("case-resolution-note", 2_000);
        note.setRequiredIndicatorVisible(false);
        dialog("case-resolve-dialog", "case.action.resolve", new VerticalLayout(how, note),
                // A rejection says why; the other resolutions may add a note.
                () -> given(how, how.getValue() != null)
                        & given(note, how.getValue() != ServiceCase.Resolution.REJECTED || !note.getValue().isBlank()),
                () -> answer.accept(api.resolve(serviceCase, how.getValue(), note.getValue().isBlank() ? null : note.getValue().trim())));
    }

    @SafeVarargs
    private static <E extends Enum<E>> Select<E> select(String id, String labelKey, String valuePrefix, E... values) {
        UI ui = UI.getCurrent();
        Select<E> select = new Select<>();
        select.setId(id);
        select.setLabel(ui.getTranslation(labelKey));
        select.setItems(Arrays.asList(values));
        select.setItemLabelGenerator(value -> ui.getTranslation(valuePrefix + "." + value.name()));
        select.setWidthFull();
        return select;
    }

    private static TextArea reason(String id, int maxLength) {
        TextArea text = new TextArea(UI.getCurrent().getTranslation("reason.label"));
        text.setId(id);
        text.setMaxLength(maxLength);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        return text;
    }

    private static boolean given(com.vaadin.flow.component.HasValidation field, boolean given) {
        field.setErrorMessage(given ? null : UI.getCurrent().getTranslation("validation.required"));
        field.setInvalid(!given);
        return given;
    }

    private static void dialog(String id, String titleKey, VerticalLayout content, java.util.function.BooleanSupplier valid, Runnable send) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(ui.getTranslation(titleKey));
        content.setPadding(false);
        dialog.add(content);
        Button confirm = new Button(ui.getTranslation(titleKey), click -> {
            if (valid.getAsBoolean()) {
                dialog.close();
                send.run();
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(ui.getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }
}
