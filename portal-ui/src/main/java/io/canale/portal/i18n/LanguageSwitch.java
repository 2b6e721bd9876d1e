package io.canale.portal.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.select.Select;
import io.canale.portal.api.ApiException;
import java.util.Locale;

/** Picks the portal's language; the choice is stored for the user and applied at once. */
public class LanguageSwitch extends Composite<Select<Locale>> implements HasStyle {

    public LanguageSwitch(LocalePreferences preferences) {
        Select<Locale> select = getContent();
        select.setItems(preferences.available());
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setAriaLabel(getTranslation("language.choose"));
        select.addClassName("language-switch");
        select.setValue(PortalI18nProvider.supported(getLocale()));
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                try {
                    preferences.choose(event.getValue());
                } catch (ApiException ex) {
                    select.setValue(event.getOldValue());
                    throw ex;
                }
            }
        });
    }
}
