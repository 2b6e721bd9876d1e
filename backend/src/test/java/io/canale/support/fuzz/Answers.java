package io.canale.support.fuzz;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer to a hostile call must be: not a 5xx, no INTERNAL_ERROR, and no trace of the server's
 * insides (stack frames, exception or class names), whatever the status.
 */
public final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|jakarta|sun|jdk|org\\.springframework"
            + "|org\\.bson|org\\.apache|com\\.mongodb|com\\.fasterxml|tools\\.jackson|graphql|io\\.canale|reactor"
            + "|de\\.bwaldvogel)\\.[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+");
    private static final Pattern INSIDES = Pattern.compile(
            "Exception|\\bat [\\w$.<>]+\\([\\w$]*\\.java:\\d+\\)|Caused by:|\\bnull pointer\\b|INTERNAL_ERROR");

    private Answers() {
    }

    /** The problems with one answer; empty when it is a typed one. */
    public static List<String> problems(HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        if (response.statusCode() >= 500) {
            problems.add("HTTP " + response.statusCode());
        }
        String body = response.body() == null ? "" : response.body();
        Matcher className = CLASS_NAME.matcher(body);
        if (className.find()) {
            problems.add("a class name in the answer: " + className.group());
        }
        Matcher insides = INSIDES.matcher(body);
        if (insides.find()) {
            problems.add("server insides in the answer: " + excerpt(body, insides.start()));
        }
        return problems;
    }

    /** The answer as JSON, or null when it is not JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException ex) {
            return null;
        }
    }

    /**
     * Whether a GraphQL answer refused the call as a whole: an error at the root field or before execution,
     * or a payload whose only content is {@code userErrors}.
     */
    public static boolean refused(JsonNode answer, String fieldName) {
        if (answer == null) {
            return true;
        }
        for (JsonNode error : answer.path("errors")) {
            JsonNode path = error.path("path");
            if (!path.isArray() || path.size() <= 1) {
                return true;
            }
        }
        JsonNode payload = answer.path("data").path(fieldName);
        if (!payload.isObject() || !payload.path("userErrors").isArray() || payload.path("userErrors").isEmpty()) {
            return payload.isMissingNode() || payload.isNull();
        }
        for (var entry : payload.properties()) {
            if (!entry.getKey().equals("userErrors") && !entry.getKey().equals("__typename") && !nothing(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean nothing(JsonNode value) {
        return value.isNull() || value.isMissingNode() || value.isContainer() && value.isEmpty()
                || value.isNumber() && value.asDouble() == 0 || value.isBoolean() && !value.asBoolean();
    }

    static String excerpt(String text, int at) {
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), at + 160);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }
}
