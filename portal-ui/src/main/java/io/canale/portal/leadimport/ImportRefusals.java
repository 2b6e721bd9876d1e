package io.canale.portal.leadimport;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why the backend refused an uploaded file at once: {@code POST /imports/leads} answers 400 (or 413) with
 * {@code {"errors": [{"field": ["file"], "code": "REQUIRED", "message": "..."}]}}, the shape of a GraphQL
 * user error. Read tolerantly, so that no raw body ever reaches the screen: a code the portal does not know
 * yet stays null (the message then speaks for it), and a body of another shape (HTML from a proxy,
 * truncated JSON) gives no error at all.
 */
final class ImportRefusals {

    /** Field and code pairs with a text of their own ({@code importRefusal.<field>.<code>}). */
    static final Set<String> TRANSLATED = Set.of("file.REQUIRED", "file.TOO_LONG", "file.INVALID", "delimiter.INVALID");

    private static final JsonMapper JSON = JsonMapper.shared();

    private ImportRefusals() {
    }

    static List<UserError> parse(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException garbage) {
            return List.of();
        }
        if (root == null || !root.path("errors").isArray()) {
            return List.of();
        }
        List<UserError> errors = new ArrayList<>();
        for (JsonNode error : root.path("errors")) {
            if (error.isObject()) {
                errors.add(new UserError(field(error.path("field")), code(error.path("code")), text(error.path("message"))));
            }
        }
        return List.copyOf(errors);
    }

    /** The message key of the refusal's own text, when the portal has one; otherwise show its message. */
    static Optional<String> messageKey(UserError error) {
        if (error.code() == null || error.field() == null || error.field().isEmpty()) {
            return Optional.empty();
        }
        String key = error.field().getLast() + "." + error.code().name();
        return TRANSLATED.contains(key) ? Optional.of("importRefusal." + key) : Optional.empty();
    }

    /** Whether the refusal is about the request part {@code name}, e.g. the delimiter. */
    static boolean concerns(UserError error, String name) {
        return error.field() != null && !error.field().isEmpty() && error.field().getLast().equals(name);
    }

    /** A path list; a single text (as some answers give it) is a path of one. */
    private static List<String> field(JsonNode field) {
        if (field.isArray()) {
            List<String> path = StreamSupport.stream(field.spliterator(), false).map(ImportRefusals::text).toList();
            return path.contains(null) || path.isEmpty() ? null : path;
        }
        String single = text(field);
        return single == null ? null : List.of(single);
    }

    private static UserErrorCode code(JsonNode code) {
        String name = text(code);
        return Arrays.stream(UserErrorCode.values()).filter(known -> known.name().equals(name)).findFirst().orElse(null);
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
