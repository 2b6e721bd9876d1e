package io.canale.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.Profiles;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Who the person is: name, email, partner and roles, and what its sign-in lets it do, each grant in words (the raw
 * scope names only as a tooltip). Shown, never used to decide anything: that is the API's.
 */
@Route(value = "profile", layout = MainLayout.class)
@Menu(title = "nav.profile", order = 1, icon = "vaadin:user")
@RolesAllowed(Areas.HOME)
@StyleSheet("styles/home.css")
class ProfileView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final HomeApi api;

    ProfileView(HomeApi api) {
        this.api = api;
        addClassName("profile-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HomeApi.Profile profile = api.profile();
        removeAll();
        Div card = Profiles.block();
        card.add(Profiles.entry(getTranslation("profile.name"), profile.displayName() == null ? "" : profile.displayName(), "viewer-name"),
                Profiles.entry(getTranslation("home.email"), profile.subject(), "viewer-email"),
                Profiles.entry(getTranslation("home.partner"), profile.partner().name(), "viewer-partner"),
                Profiles.entry(getTranslation("profile.roles"), String.join(", ", profile.roles().stream()
                        .map(role -> getTranslation("role." + role)).toList()), "viewer-roles"));
        add(card, notificationPreferences(), grants(profile.scopes()));
    }

    /** The way to the notification e-mail preferences (a view of the notification area, by its route). */
    private Component notificationPreferences() {
        Anchor link = new Anchor("notifications/preferences", getTranslation("home.notificationPreferences"));
        link.setId("profile-notification-preferences");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Component grants(List<String> scopes) {
        UnorderedList list = new UnorderedList();
        list.setId("viewer-scopes");
        list.addClassName("grant-list");
        ProfileTexts.ordered(scopes).forEach(scope -> {
            ListItem item = new ListItem(getTranslation(ProfileTexts.key(scope)));
            item.getElement().setAttribute("title", scope);
            item.getElement().setAttribute("data-scope", scope);
            list.add(item);
        });
        return new Div(new H3(getTranslation("profile.grants")), list);
    }
}
