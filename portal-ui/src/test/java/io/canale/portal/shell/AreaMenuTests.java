package io.canale.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.menu.MenuEntry;
import io.canale.portal.api.Area;
import io.canale.portal.security.Areas;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaMenuTests {

    @RolesAllowed(Areas.HOME)
    static class Home extends Div {
    }

    @RolesAllowed(Areas.CATALOG)
    static class Catalog extends Div {
    }

    @RolesAllowed(Areas.DEALS)
    static class Deals extends Div {
    }

    @PermitAll
    static class Elsewhere extends Div {
    }

    private static MenuEntry entry(String path, double order, Class<? extends Component> view) {
        return new MenuEntry(path, "nav." + path, order, null, view);
    }

    @Test
    void the_menu_follows_the_order_of_the_apis_areas_not_of_the_views() {
        List<MenuEntry> entries = List.of(entry("", 0, Home.class), entry("catalog", 1, Catalog.class),
                entry("deals", 2, Deals.class));

        assertThat(AreaMenu.inAreaOrder(entries, List.of(Area.HOME, Area.DEALS, Area.CATALOG)))
                .map(MenuEntry::path).containsExactly("", "deals", "catalog");
    }

    @Test
    void views_without_an_area_follow_in_their_menu_order() {
        List<MenuEntry> entries = List.of(entry("elsewhere", 0, Elsewhere.class), entry("catalog", 5, Catalog.class),
                entry("other", 1, Elsewhere.class));

        assertThat(AreaMenu.inAreaOrder(entries, List.of(Area.CATALOG)))
                .map(MenuEntry::path).containsExactly("catalog", "elsewhere", "other");
    }

    @Test
    void a_views_area_is_the_one_its_roles_allowed_names() {
        assertThat(AreaMenu.areaOf(Deals.class)).isEqualTo(Area.DEALS);
        assertThat(AreaMenu.areaOf(Elsewhere.class)).isNull();
    }
}
