package io.canale.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.api.Exports;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Export CSV" beside a grid's filters: downloads what the grid lists, with its current filter, from the backend's
 * export of the same list (same access rules and redaction as the grid).
 */
public class CsvExportLink extends Anchor {

    /**
     * @param path the backend's export, e.g. {@code /exports/leads.csv}
     * @param filter the grid's current filter as query parameters; null values are left out
     */
    public CsvExportLink(Exports exports, String id, String fileName, String path, Supplier<Map<String, Object>> filter) {
        super(event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            exports.copy(withQuery(path, filter.get()), event.getOutputStream());
        }, "");
        setId(id);
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add(getTranslation("export.csv"));
        addClassName("csv-export");
    }

    /** Query parameters from names and values in turn; null values are allowed (and left out of the query). */
    public static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    static String withQuery(String path, Map<String, Object> filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filter.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
            }
        });
        return uri.encode().build().toUriString();
    }
}
