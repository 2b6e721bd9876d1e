package io.canale.shared.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.canale.shared.CursorExpiredException;
import io.canale.shared.InvalidCursorException;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;

/**
 * The API's own exceptions as GraphQL errors with a stable {@code extensions.code} (and, for a refused argument, its
 * name in {@code extensions.field}): one mapping for fields ({@link ApiExceptionResolver}) and for streams that a
 * subscription ends.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** The error for an API exception, built on {@code builder}; null for anything else (a fault of the server). */
    public static GraphQLError of(Throwable ex, GraphqlErrorBuilder<?> builder) {
        return switch (ex) {
            case NotFoundException notFound -> error(builder, ErrorType.NOT_FOUND, "NOT_FOUND", notFound.getMessage(), Map.of());
            case AccessDeniedException denied -> error(builder, ErrorType.FORBIDDEN, "FORBIDDEN",
                    "Your token does not grant the scope or role this operation needs.", Map.of());
            case CursorExpiredException expired -> error(builder, ErrorType.BAD_REQUEST, "CHANGES_EXPIRED",
                    expired.getMessage(), Map.of("field", fieldOf(expired)));
            case InvalidCursorException cursor -> error(builder, ErrorType.BAD_REQUEST, "INVALID_CURSOR",
                    cursor.getMessage(), Map.of("field", fieldOf(cursor)));
            case InvalidInputException invalid -> error(builder, ErrorType.BAD_REQUEST, "BAD_USER_INPUT",
                    invalid.getMessage(), Map.of("field", fieldOf(invalid), "userErrors", invalid.errors()));
            default -> null;
        };
    }

    private static GraphQLError error(GraphqlErrorBuilder<?> builder, ErrorType type, String code, String message,
            Map<String, Object> more) {
        var extensions = new LinkedHashMap<String, Object>(more);
        extensions.put("code", code);
        return builder.errorType(type).message(message).extensions(extensions).build();
    }

    private static List<String> fieldOf(InvalidInputException invalid) {
        return invalid.errors().stream().map(UserError::field).filter(field -> field != null).findFirst().orElse(List.of());
    }
}
