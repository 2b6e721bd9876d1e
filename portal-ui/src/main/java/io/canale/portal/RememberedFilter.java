package io.canale.portal;

import com.vaadin.flow.component.Component;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The last filter (and order) of a list, kept in the browser's local storage per person and list, so that the
 * list opens as it was left. Local storage rather than the API: nothing to store, secure or replicate on the server
 * for a convenience, and nothing another person on the same browser sees (the key names the person) — but it is per
 * browser, not per person across devices.
 */
public final class RememberedFilter {

    private final Component owner;
    private final String key;

    /**
     * @param owner the list's view, through whose page the browser is asked
     * @param person the signed-in person (the viewer's subject)
     * @param list which list, e.g. {@code leads}
     */
    public RememberedFilter(Component owner, String person, String list) {
        this.owner = owner;
        this.key = "canale.filter." + list + "." + person;
    }

    /** Hands the remembered values to {@code apply} once the browser answered; nothing when none are stored. */
    public void restore(Consumer<Map<String, String>> apply) {
        owner.getElement().executeJs("return window.localStorage.getItem($0)", key).then(String.class, stored -> {
            if (stored != null && !stored.isEmpty()) {
                apply.accept(decode(stored));
            }
        });
    }

    /** Stores the values (null ones are left out). */
    public void remember(Map<String, ?> values) {
        owner.getElement().executeJs("window.localStorage.setItem($0, $1)", key, encode(values));
    }

    static String encode(Map<String, ?> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> {
            if (value != null) {
                text.append(text.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value instanceof Enum<?> constant ? constant.name() : value.toString(),
                                StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The enum constant a remembered value names, or null when it names none (any more). */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
