package io.canale.portal.api;

import java.util.List;

/**
 * Why a mutation refused its input.
 *
 * @param field the input path at fault, e.g. {@code ["input", "contacts", "0", "email"]}; null for the whole input
 * @param code the machine-readable reason
 * @param message an English explanation, for logs and as a last resort
 */
@SchemaType
public record UserError(List<String> field, UserErrorCode code, String message) {
}
