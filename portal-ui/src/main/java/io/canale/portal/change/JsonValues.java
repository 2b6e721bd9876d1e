package io.canale.portal.change;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field's value as the history carries it (JSON text) in words for a reader: a string without its quotes, numbers
 * and booleans as they are, null as nothing, lists and objects as compact JSON.
 */
final class JsonValues {

    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonValues() {
    }

    /** The readable value; null when the field had or has no value. */
    static String readable(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode value = JSON.readTree(json);
            if (value == null || value.isNull() || value.isMissingNode()) {
                return null;
            }
            if (value.isString()) {
                return value.asString();
            }
            // A number as it was written (12.50, not 12.5); lists and objects as compact JSON.
            return value.isNumber() ? json.strip() : value.toString();
        } catch (JacksonException notJson) {
            return json;
        }
    }
}
