package io.canale.portal.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The search box of the header: Enter opens the results page for the words typed. */
public class GlobalSearchField extends TextField {

    public GlobalSearchField() {
        setId("global-search");
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(SearchApi.MAX_LENGTH);
        addClassName("global-search");
        addKeyPressListener(Key.ENTER, press -> open(getValue()));
    }

    private void open(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of(SearchView.TEXT, text.strip())));
    }
}
