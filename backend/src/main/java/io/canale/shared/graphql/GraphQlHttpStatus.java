package io.canale.shared.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The HTTP status of a GraphQL answer, the same over POST and GET. An operation refused for its caller's rate
 * budget answers 429 whatever the media type, as the GraphQL-over-HTTP spec allows for refusals that are not
 * about the request itself, so that HTTP clients and proxies back off as they do elsewhere; everything else
 * answers as Spring for GraphQL decides (200, or 400 without data for {@code application/graphql-response+json}).
 */
public final class GraphQlHttpStatus {

    /** {@code extensions.code} of an operation refused, before it ran, because its caller's budget is spent. */
    public static final String RATE_LIMITED = "RATE_LIMITED";

    private GraphQlHttpStatus() {
    }

    static boolean isRateLimited(WebGraphQlResponse response) {
        return !response.isValid() && response.getErrors().stream().map(ResponseError::getExtensions)
                .anyMatch(extensions -> RATE_LIMITED.equals(extensions.get("code")));
    }

    /** Replaces Spring Boot's handler of {@code POST /graphql} (apart from the GraphQL slices, which have no HTTP). */
    @Configuration(proxyBeanMethods = false)
    static class HandlerConfiguration {

        @Bean
        GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
            return new Handler(handler);
        }
    }

    /** Spring for GraphQL's POST handler, with 429 for a spent budget. */
    static final class Handler extends GraphQlHttpHandler {

        Handler(WebGraphQlHandler handler) {
            super(handler);
        }

        @Override
        protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
            return isRateLimited(response) ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, mediaType);
        }
    }
}
