package io.canale.portal.api;

import java.util.List;

/** A mutation's answer: nothing was written when it carries user errors. */
public interface Payload {

    List<UserError> userErrors();

    default boolean succeeded() {
        return userErrors() == null || userErrors().isEmpty();
    }

    /** Whether the record changed since the version the mutation was based on. */
    default boolean versionConflict() {
        return userErrors() != null
                && userErrors().stream().anyMatch(error -> error.code() == UserErrorCode.VERSION_CONFLICT);
    }
}
