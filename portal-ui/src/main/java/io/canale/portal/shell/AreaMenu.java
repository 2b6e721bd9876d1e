package io.canale.portal.shell;

import com.vaadin.flow.server.menu.MenuEntry;
import io.canale.portal.api.Area;
import io.canale.portal.security.Areas;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Orders the menu as the API lists the caller's areas ({@code viewer.areas}): each menu entry's view names its
 * area in {@code @RolesAllowed(Areas.X)}. Vaadin's menu registry has already left out the views the caller's areas
 * do not open. Entries whose view names no area follow, in their {@code @Menu} order.
 */
final class AreaMenu {

    private AreaMenu() {
    }

    static List<MenuEntry> inAreaOrder(List<MenuEntry> entries, List<Area> areas) {
        Comparator<MenuEntry> byArea = Comparator.comparingInt(entry -> position(entry, areas));
        return entries.stream()
                .sorted(byArea.thenComparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The area a view opens for, from its {@code @RolesAllowed}; null when it names none. */
    static Area areaOf(Class<?> view) {
        RolesAllowed allowed = view == null ? null : view.getAnnotation(RolesAllowed.class);
        return allowed == null ? null
                : Arrays.stream(allowed.value()).map(Areas::areaOf).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static int position(MenuEntry entry, List<Area> areas) {
        Area area = areaOf(entry.menuClass());
        int position = area == null ? -1 : areas.indexOf(area);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
