package io.canale.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.Profiles;
import io.canale.portal.api.Viewer;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Who you are: name, email and partner, as the API said at sign-in. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", icon = "vaadin:home")
@RolesAllowed(Areas.HOME)
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentViewer currentViewer) {
        addClassName("home-view");
        Viewer viewer = currentViewer.get();
        add(greeting(viewer), profile(viewer), notificationPreferences());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }

    private Component greeting(Viewer viewer) {
        H2 greeting = new H2(getTranslation("home.greeting", viewer.name()));
        greeting.setId("greeting");
        return greeting;
    }

    /** The way to the notification e-mail preferences (in the notification area, by its route). */
    private Component notificationPreferences() {
        Anchor link = new Anchor("notifications/preferences", getTranslation("home.notificationPreferences"));
        link.setId("home-notification-preferences");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Component profile(Viewer viewer) {
        Div profile = Profiles.block();
        profile.add(
                Profiles.entry(getTranslation("home.email"), viewer.subject(), "viewer-email"),
                Profiles.entry(getTranslation("home.partner"), viewer.partner().name(), "viewer-partner"));
        return profile;
    }
}
