package io.canale.shared.graphql;

import graphql.GraphQLContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The reader's time zone, from the request header {@value #HEADER} (an IANA id such as {@code Europe/Rome}; the portal
 * sends the browser's): texts the backend writes show moments in it. Without the header, or with an unknown zone,
 * moments are written in UTC and say so.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderZone {

    /** The request header naming the reader's time zone. */
    public static final String HEADER = "Time-Zone";

    static final String CONTEXT_KEY = "readerZone";

    @Bean
    WebGraphQlInterceptor readerZoneInGraphQlContext() {
        return (request, chain) -> {
            ZoneId zone = parse(request.getHeaders().getFirst(HEADER));
            if (zone != null) {
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, zone)).build());
            }
            return chain.next(request);
        };
    }

    /** The zone the request named, or null. */
    static ZoneId of(GraphQLContext context) {
        return context == null ? null : context.get(CONTEXT_KEY);
    }

    static ZoneId parse(String header) {
        if (header == null || header.isBlank() || header.length() > 64) {
            return null;
        }
        try {
            return ZoneId.of(header.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
