package io.canale.shared.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
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
        return ApiErrors.of(ex, GraphqlErrorBuilder.newError(env));
    }
}
