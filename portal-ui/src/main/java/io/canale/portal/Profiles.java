package io.canale.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label-and-value lines of a read-only record (the {@code .profile} style: stacked on phones). */
public final class Profiles {

    private Profiles() {
    }

    /** An empty block to add entries to. */
    public static Div block() {
        Div profile = new Div();
        profile.addClassName("profile");
        return profile;
    }

    public static Component entry(String label, String value, String id) {
        Span labelText = new Span(label);
        labelText.addClassName("profile-label");
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        text.addClassName("profile-value");
        return new Div(labelText, text);
    }
}
