package io.canale.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;

/**
 * The fields one write changed, from the stored document before and after it: dotted paths to leaf values, list
 * items of sub-documents by position ({@code lines.0.quantity}), lists of plain values as one value. What every
 * record keeps for its own bookkeeping is left out: the version, the audit stamps (also the plain {@code updatedAt}
 * and {@code updatedBy} of stock levels, and their write stamp {@code revision}), the human timeline (a summary of the
 * same changes) and the pending feed entries: a stock feed that repeats yesterday's figures changes nothing.
 */
final class FieldDiff {

    static final Set<String> BOOKKEEPING = Set.of("_id", "_class", "version", "audit", "timeline", ChangeCapture.PENDING,
            "updatedAt", "updatedBy", "revision");

    record Field(String path, Object before, Object after) {
    }

    private FieldDiff() {
    }

    static List<Field> between(Document before, Document after) {
        Map<String, Object> old = flatten(before);
        Map<String, Object> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Field> changed = new ArrayList<>();
        for (String path : paths) {
            Object was = old.get(path);
            Object is = now.get(path);
            if (!Objects.equals(was, is)) {
                changed.add(new Field(path, was, is));
            }
        }
        return changed;
    }

    static Map<String, Object> flatten(Document document) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        if (document != null) {
            document.forEach((key, value) -> {
                if (!BOOKKEEPING.contains(key)) {
                    flatten(key, value, leaves);
                }
            });
        }
        return leaves;
    }

    private static void flatten(String path, Object value, Map<String, Object> leaves) {
        if (value instanceof Document nested) {
            nested.forEach((key, inner) -> flatten(path + "." + key, inner, leaves));
        } else if (value instanceof List<?> list && list.stream().anyMatch(Document.class::isInstance)) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "." + i, list.get(i), leaves);
            }
        } else if (value != null) {
            leaves.put(path, value);
        }
    }
}
