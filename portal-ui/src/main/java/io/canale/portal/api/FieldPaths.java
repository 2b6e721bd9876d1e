package io.canale.portal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the form field that a user error belongs to, from the error's input path. Forms bind dotted paths
 * relative to the mutation's {@code input} argument ({@code "name"}, {@code "territory.countries"},
 * {@code "contacts.0.email"}); an error path matches the longest bound prefix, so an error on
 * {@code ["input", "territory", "countries", "3"]} lands on the countries field.
 *
 * @param <T> the kind of field, e.g. a Vaadin {@code HasValidation}
 */
public final class FieldPaths<T> {

    private static final String INPUT = "input";

    private final Map<String, T> fields = new HashMap<>();

    /** Routes errors at {@code path} and below to {@code field}. */
    public FieldPaths<T> bind(String path, T field) {
        fields.put(path, field);
        return this;
    }

    /** The field for an error path; empty for errors about the whole input or about fields not on the form. */
    public Optional<T> resolve(List<String> errorPath) {
        if (errorPath == null || errorPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> path = INPUT.equals(errorPath.getFirst()) ? errorPath.subList(1, errorPath.size()) : errorPath;
        for (int length = path.size(); length > 0; length--) {
            T field = fields.get(String.join(".", path.subList(0, length)));
            if (field != null) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
