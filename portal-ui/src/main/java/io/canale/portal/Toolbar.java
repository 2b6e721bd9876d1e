package io.canale.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The row above a list with its filters and the view's actions: it wraps on narrow screens, keeps the fields on
 * one baseline, and carries the {@code toolbar} style. Add only the actions the caller may use (from
 * {@code CurrentViewer.can()}): a toolbar without them is simply shorter.
 */
public class Toolbar extends HorizontalLayout {

    public Toolbar(Component... components) {
        super(components);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addClassName("toolbar");
    }

    /**
     * Adds the action that starts something new, e.g. "New partner": a primary button with a plus icon.
     *
     * @param id the button's id, for browser tests
     * @return the button, added
     */
    public Button addCreateAction(String id, String text, Runnable action) {
        Button button = new Button(text, new Icon(VaadinIcon.PLUS), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        add(button);
        return button;
    }
}
