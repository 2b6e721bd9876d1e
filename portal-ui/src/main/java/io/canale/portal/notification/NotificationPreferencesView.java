package io.canale.portal.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the reader is told of each kind of notification by mail: at once, in a daily digest, or not at all. One row per
 * kind the API answers (the kinds the reader receives), with the default the API names; saved in one go. The list and
 * the bell show every notification whatever is chosen. Rows stack in one column, so it reads the same on a phone.
 */
@Route(value = "notifications/preferences", layout = MainLayout.class)
@RolesAllowed(Areas.HOME)
class NotificationPreferencesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationApi api;
    private final Paragraph mailOff = new Paragraph();
    private final Paragraph digestTime = new Paragraph();
    private final Div rows = new Div();
    private final Map<NotificationKind, RadioButtonGroup<NotificationDelivery>> choices = new EnumMap<>(NotificationKind.class);

    NotificationPreferencesView(NotificationApi api) {
        this.api = api;
        addClassName("notification-preferences-view");
        Paragraph intro = new Paragraph(getTranslation("notification.preferences.intro"));
        mailOff.setId("preferences-mail-off");
        mailOff.setText(getTranslation("notification.preferences.mailOff"));
        mailOff.addClassName("preferences-note");
        digestTime.setId("preferences-digest-time");
        digestTime.addClassName("preferences-note");
        rows.setId("preference-rows");
        rows.addClassName("preference-rows");
        rows.setWidthFull();
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("preferences-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(intro, mailOff, digestTime, rows, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notificationPreferences");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        show(api.preferences());
    }

    private void show(MailPreferences preferences) {
        mailOff.setVisible(!preferences.mailEnabled());
        digestTime.setText(getTranslation("notification.preferences.digestTime", preferences.digestTime()));
        rows.removeAll();
        choices.clear();
        preferences.kinds().forEach(preference -> rows.add(row(preference)));
    }

    private Component row(MailPreferences.KindPreference preference) {
        RadioButtonGroup<NotificationDelivery> group = new RadioButtonGroup<>(
                getTranslation("notification.kind." + preference.kind().name()));
        group.setId("preference-" + preference.kind().name());
        group.addClassName("preference-row");
        group.setItems(NotificationDelivery.values());
        group.setItemLabelGenerator(delivery -> getTranslation("notification.delivery." + delivery.name()));
        group.setValue(preference.delivery());
        group.setHelperText(getTranslation("notification.preferences.default",
                getTranslation("notification.delivery." + preference.defaultDelivery().name())));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        choices.put(preference.kind(), group);
        return group;
    }

    private void save() {
        List<NotificationApi.NotificationPreferenceInput> chosen = choices.entrySet().stream()
                .filter(entry -> entry.getValue().getValue() != null)
                .map(entry -> new NotificationApi.NotificationPreferenceInput(entry.getKey(), entry.getValue().getValue()))
                .toList();
        NotificationApi.UpdateNotificationPreferencesPayload payload = api.choose(chosen);
        if (!payload.succeeded()) {
            UserErrorDisplay.notify(payload.userErrors());
            return;
        }
        show(payload.preferences());
        Notifications.success(getTranslation("notification.preferences.saved"));
    }
}
