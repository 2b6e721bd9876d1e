package io.canale.shared.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.canale.shared.CursorExpiredException;
import io.canale.shared.InvalidCursorException;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns the API's own exceptions into GraphQL errors with a stable {@code extensions.code}; a refused
 * argument also names it in {@code extensions.field} (e.g. {@code ["first"]}). These are the caller's
 * mistakes: Spring for GraphQL logs them at debug level only. Anything else falls through to Spring for
 * GraphQL, which answers {@code INTERNAL_ERROR for <execution id>} without internal details and logs the
 * failure as an error, with its stack trace and that execution id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case NotFoundException notFound -> error(env, ErrorType.NOT_FOUND, "NOT_FOUND", notFound.getMessage(), Map.of());
            case AccessDeniedException denied -> error(env, ErrorType.FORBIDDEN, "FORBIDDEN",
                    "Your token does not grant the scope or role this operation needs.", Map.of());
            case CursorExpiredException expired -> error(env, ErrorType.BAD_REQUEST, "CHANGES_EXPIRED",
                    expired.getMessage(), Map.of("field", fieldOf(expired)));
            case InvalidCursorException cursor -> error(env, ErrorType.BAD_REQUEST, "INVALID_CURSOR",
                    cursor.getMessage(), Map.of("field", fieldOf(cursor)));
            case InvalidInputException invalid -> error(env, ErrorType.BAD_REQUEST, "BAD_USER_INPUT",
                    invalid.getMessage(), Map.of("field", fieldOf(invalid), "userErrors", invalid.errors()));
            default -> null;
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message,
            Map<String, Object> more) {
        var extensions = new LinkedHashMap<String, Object>(more);
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }

    private static List<String> fieldOf(InvalidInputException invalid) {
        return invalid.errors().stream().map(UserError::field).filter(field -> field != null).findFirst().orElse(List.of());
    }
}
