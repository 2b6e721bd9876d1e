package io.canale.portal.home;

import io.canale.portal.api.Area;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The menu's badges: how many records wait per area, summed over the kinds of work the API lists there
 * ({@code viewer.todo}). Read on each navigation, or taken from the view that just read them (the home).
 */
@Component
public class TodoCounts {

    /** A view that has just read what waits, so the menu need not ask again. */
    public interface Source {
        List<Todo> todos();
    }

    private final HomeApi api;

    TodoCounts(HomeApi api) {
        this.api = api;
    }

    /** What waits per area, as the API answers now. */
    public Map<Area, Integer> byArea() {
        return byArea(api.counts());
    }

    public static Map<Area, Integer> byArea(List<Todo> todos) {
        Map<Area, Integer> counts = new EnumMap<>(Area.class);
        todos.forEach(todo -> counts.merge(todo.area(), todo.count(), Integer::sum));
        return counts;
    }
}
