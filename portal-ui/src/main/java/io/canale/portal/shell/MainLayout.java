package io.canale.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.Area;
import io.canale.portal.api.Viewer;
import io.canale.portal.home.TodoCounts;
import io.canale.portal.i18n.LanguageSwitch;
import io.canale.portal.i18n.LocalePreferences;
import io.canale.portal.notification.NotificationBell;
import io.canale.portal.search.GlobalSearchField;
import io.canale.portal.security.CurrentViewer;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/**
 * The frame of every view: drawer with the navigation, header with the view's title, the user, the notification
 * bell, the language switch and sign-out. The navigation lists the caller's areas in the order the API gave them
 * (Vaadin's menu registry applies the same access control as navigation: a view opens only for its area). On narrow
 * screens the drawer becomes an overlay.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final AuthenticationContext authentication;
    private final TodoCounts todoCounts;
    /** The menu entry of each area, for its badge: how many records wait there. */
    private final Map<Area, SideNavItem> areaItems = new EnumMap<>(Area.class);

    protected MainLayout(AuthenticationContext authentication, LocalePreferences localePreferences,
            CurrentViewer currentViewer, NotificationBell bell, TodoCounts todoCounts) {
        this.authentication = authentication;
        this.todoCounts = todoCounts;
        Viewer viewer = currentViewer.get();
        setPrimarySection(Section.DRAWER);
        addToNavbar(header(viewer, localePreferences, bell));
        addToDrawer(brand(), navigation(viewer), drawerLanguageSwitch(localePreferences));
    }

    private Component header(Viewer viewer, LocalePreferences localePreferences, NotificationBell bell) {
        viewTitle.addClassName("view-title");
        Span user = new Span(viewer.name());
        user.addClassNames("user-name", "hide-when-narrow");
        Button signOut = new Button(getTranslation("nav.signOut"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        // On phones only the icon shows (portal.css); the label stays the accessible name and tooltip.
        signOut.addClassName("sign-out");
        signOut.setAriaLabel(getTranslation("nav.signOut"));
        signOut.setTooltipText(getTranslation("nav.signOut"));
        // On phones the language moves to the drawer: in the header it left the view's title a letter wide.
        LanguageSwitch language = new LanguageSwitch(localePreferences);
        language.addClassName("hide-when-narrow");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, new GlobalSearchField(), user, bell,
                language, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.setWidthFull();
        header.addClassName("app-header");
        return header;
    }

    /** The language switch for phones, below the navigation (the header's is hidden there). */
    private Component drawerLanguageSwitch(LocalePreferences localePreferences) {
        LanguageSwitch language = new LanguageSwitch(localePreferences);
        language.setId("drawer-language");
        Div area = new Div(language);
        area.addClassNames("drawer-language", "show-when-narrow");
        return area;
    }

    private Component brand() {
        H2 brand = new H2(getTranslation("app.name"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(Viewer viewer) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : AreaMenu.inAreaOrder(MenuConfiguration.getMenuEntries(), viewer.areas())) {
            // @Menu titles are message keys, translated here.
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
            Area area = AreaMenu.areaOf(entry.menuClass());
            if (area != null && area != Area.HOME) {
                areaItems.putIfAbsent(area, item);
            }
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        showTodoCounts();
    }

    /** The menu's badges, from the view that just read what waits (the home) or asked anew on each navigation. */
    private void showTodoCounts() {
        Map<Area, Integer> counts;
        try {
            counts = getContent() instanceof TodoCounts.Source source ? TodoCounts.byArea(source.todos()) : todoCounts.byArea();
        } catch (ApiException ex) {
            return; // the badges keep their last counts; the view itself reports a failing API
        }
        areaItems.forEach((area, item) -> item.setSuffixComponent(AreaBadges.badge(area, counts.getOrDefault(area, 0),
                getTranslation("nav.badge", counts.getOrDefault(area, 0)))));
    }
}
