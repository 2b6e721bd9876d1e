package io.canale.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.Profiles;
import io.canale.portal.api.CanaleApi;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** Who you are: name, email, partner and its type, role and the scopes granted to the portal. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CanaleApi api;

    HomeView(CanaleApi api) {
        this.api = api;
        addClassName("home-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        Viewer viewer = api.execute("viewer", Map.of(), "viewer", Viewer.class);
        removeAll();
        add(greeting(viewer), profile(viewer), scopes(viewer.scopes()));
    }

    private Component greeting(Viewer viewer) {
        H2 greeting = new H2(getTranslation("home.greeting", viewer.displayName()));
        greeting.setId("greeting");
        return greeting;
    }

    private Component profile(Viewer viewer) {
        Div profile = Profiles.block();
        profile.add(
                entry("home.email", viewer.subject(), "viewer-email"),
                entry("home.partner", viewer.partner().name(), "viewer-partner"),
                entry("home.partnerType", getTranslation("partnerType." + viewer.partner().type()), "viewer-type"),
                entry("home.role", String.join(", ", viewer.roles().stream()
                        .map(role -> getTranslation("role." + role)).toList()), "viewer-role"));
        return profile;
    }

    private Component entry(String labelKey, String value, String id) {
        return Profiles.entry(getTranslation(labelKey), value, id);
    }

    private Component scopes(List<String> scopes) {
        Div chips = new Div();
        chips.setId("viewer-scopes");
        chips.addClassName("chips");
        scopes.stream().sorted().forEach(scope -> {
            Span chip = new Span(scope);
            chip.addClassName("chip");
            chips.add(chip);
        });
        Span label = new Span(getTranslation("home.scopes"));
        label.addClassName("profile-label");
        return new Div(label, chips);
    }
}
