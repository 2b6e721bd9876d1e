package io.canale.portal.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why the backend refused a whole import file: at once, as a 400 of {@code POST /imports/leads}
 * ({@code {"errors": [{"field", "code", "message"}]}}), or later as the job's {@code error}. The code is
 * kept as text: the upload endpoint's codes (EMPTY, TOO_LARGE, MISSING_COLUMNS, ...) go beyond the
 * GraphQL {@code UserErrorCode}, and a code the portal does not know yet must still reach the user through
 * the backend's message.
 *
 * @param field the request part at fault ({@code file}, {@code delimiter}); null when not said
 * @param code the machine-readable reason; null when not said
 * @param message the backend's English explanation; null when not said
 */
record ImportProblem(String field, String code, String message) {

    /** Codes with a text of their own ({@code importProblem.<code>}); others show the backend's message. */
    static final Set<String> TRANSLATED = Set.of("EMPTY", "EMPTY_FILE", "TOO_LARGE", "MISSING_COLUMNS",
            "WRONG_DELIMITER", "BAD_ENCODING", "UNREADABLE");

    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * The problems in a 400 body. Tolerant: {@code field} may be a text or a path list, the older
     * {@code {"error": "..."}} shape gives one problem without a code, and a body that is neither (HTML
     * from a proxy, truncated JSON) gives none, so that no raw body ever reaches the screen.
     */
    static List<ImportProblem> parse(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException garbage) {
            return List.of();
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        if (root.path("error").isString()) {
            return List.of(new ImportProblem(null, null, root.path("error").asString()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (JsonNode error : root.path("errors")) {
            if (error.isObject()) {
                problems.add(new ImportProblem(field(error.path("field")), text(error.path("code")),
                        text(error.path("message"))));
            }
        }
        return List.copyOf(problems);
    }

    /** The message key of the problem's own text, when the portal has one. */
    Optional<String> messageKey() {
        return code != null && TRANSLATED.contains(code) ? Optional.of("importProblem." + code) : Optional.empty();
    }

    /** A path list such as {@code ["file"]} becomes its last element: the part of the request at fault. */
    private static String field(JsonNode field) {
        if (field.isArray() && !field.isEmpty()) {
            return text(field.get(field.size() - 1));
        }
        return text(field);
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
