package io.canale.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Compact icon buttons for grid rows: they fit a phone's width; the label is the tooltip and aria-label. */
public final class RowActions {

    private RowActions() {
    }

    public static Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(new Icon(icon), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** Hides an action but keeps its space, so that all rows keep the same height. */
    public static void showIf(Component action, boolean shown) {
        action.getElement().getStyle().set("visibility", shown ? "visible" : "hidden");
    }
}
