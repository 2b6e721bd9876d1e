package io.canale.security;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands the {@link Caller} to controllers as a method argument, resolved once per request by {@link Callers}:
 * <ul>
 * <li>GraphQL: the caller of a request is put into its {@code GraphQLContext} under {@value #CONTEXT_KEY};
 * {@code @QueryMapping}, {@code @MutationMapping} and {@code @SchemaMapping} methods declare {@code Caller caller}.
 * {@code @BatchMapping} methods, which Spring for GraphQL resolves without custom resolvers, declare
 * {@code @ContextValue Caller caller} (the parameter name is the key).</li>
 * <li>HTTP endpoints (file transfers): {@code Caller caller} in a Spring MVC handler method.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class CallerArguments {

    /** The key of the caller in a request's {@code GraphQLContext}. */
    public static final String CONTEXT_KEY = "caller";

    /** The key of the WebSocket session's id in the {@code GraphQLContext} of an operation sent over WebSocket. */
    public static final String SESSION_KEY = "webSocketSession";

    /** Resolves the caller before execution; a request without one fails field by field with FORBIDDEN. */
    @Bean
    WebGraphQlInterceptor callerInGraphQlContext() {
        return (request, chain) -> {
            try {
                Caller caller = Callers.current();
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, caller)).build());
            } catch (AccessDeniedException noCaller) {
                // Left out: every field that needs a caller answers FORBIDDEN.
            }
            return chain.next(request);
        };
    }

    @Bean
    HandlerMethodArgumentResolver callerGraphQlArgument() {
        return new GraphQlCallerResolver();
    }

    @Bean
    WebMvcConfigurer callerHttpArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HttpCallerResolver());
            }
        };
    }

    /** The caller from the request's GraphQL context; FORBIDDEN when the request has none. */
    static Caller from(GraphQLContext context) {
        Caller caller = context.get(CONTEXT_KEY);
        if (caller == null) {
            throw new AccessDeniedException("no caller");
        }
        return caller;
    }

    static final class GraphQlCallerResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
            return from(environment.getGraphQlContext());
        }
    }

    static final class HttpCallerResolver implements org.springframework.web.method.support.HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                WebDataBinderFactory binders) {
            return Callers.current();
        }
    }
}
