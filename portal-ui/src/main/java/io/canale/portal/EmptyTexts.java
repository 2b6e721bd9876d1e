package io.canale.portal;

import io.canale.portal.api.Area;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an empty list (or an empty home) means for its reader and what to do next: one text per audience,
 * {@code <list>.empty.<AREA>}. The audience is read from the areas the access policy gave the reader, never from its
 * partner type: staff manage routing rules, suppliers answer orders, dealers work leads, carriers move shipments
 * (dealers follow shipments too, so leads are asked first).
 */
public final class EmptyTexts {

    /** The areas that tell audiences apart, most specific first. */
    static final List<Area> AUDIENCES = List.of(Area.ROUTING_RULES, Area.SUPPLIER_ORDERS, Area.LEADS, Area.SHIPMENTS);

    /** The lists with a text per audience, and the audiences that have one (others read {@code <list>.empty}). */
    static final Map<String, Set<Area>> LISTS = Map.of(
            "home.todo", EnumSet.copyOf(AUDIENCES),
            "leads", EnumSet.of(Area.ROUTING_RULES, Area.LEADS),
            "orders", EnumSet.of(Area.ROUTING_RULES, Area.LEADS),
            "pipeline", EnumSet.of(Area.ROUTING_RULES, Area.LEADS),
            "deals", EnumSet.of(Area.ROUTING_RULES, Area.LEADS),
            "cases", EnumSet.of(Area.ROUTING_RULES, Area.SUPPLIER_ORDERS, Area.LEADS));

    private EmptyTexts() {
    }

    /** The key of the list's empty text for a reader with these areas. */
    public static String key(String list, List<Area> readerAreas) {
        Set<Area> variants = LISTS.getOrDefault(list, Set.of());
        return AUDIENCES.stream().filter(readerAreas::contains).findFirst().filter(variants::contains)
                .map(area -> list + ".empty." + area.name()).orElse(list + ".empty");
    }
}
