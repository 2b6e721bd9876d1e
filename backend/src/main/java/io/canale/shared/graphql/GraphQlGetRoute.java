package io.canale.shared.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.micrometer.context.ContextSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET, which Spring for GraphQL 2.0 does not serve: {@code ?query=&variables=&operationName=}.
 * Only queries run; a mutation over GET answers 405 with {@code Allow: POST}, as the GraphQL-over-HTTP spec
 * requires, so that a link can never change data.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlOverGet(WebGraphQlHandler handler, @Value("${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route().GET(path, request -> request.param("query").isPresent(),
                request -> handle(handler, request)).build();
    }

    private static ServerResponse handle(WebGraphQlHandler handler, ServerRequest request) {
        MediaType mediaType = request.headers().accept().stream()
                .anyMatch(accept -> accept.isCompatibleWith(MediaType.APPLICATION_JSON) && !accept.isWildcardType())
                && request.headers().accept().stream().noneMatch(accept -> accept.includes(GRAPHQL_RESPONSE) && !accept.isWildcardType())
                        ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
        String query = request.param("query").orElse("");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        request.param("operationName").filter(name -> !name.isBlank()).ifPresent(name -> body.put("operationName", name));
        try {
            request.param("variables").filter(text -> !text.isBlank()).ifPresent(text -> body.put("variables", JSON.readValue(text, Map.class)));
            request.param("extensions").filter(text -> !text.isBlank()).ifPresent(text -> body.put("extensions", JSON.readValue(text, Map.class)));
        } catch (JacksonException ex) {
            return error(HttpStatus.BAD_REQUEST, mediaType, "variables and extensions must be JSON objects");
        }
        if (isMutation(query, (String) body.get("operationName"))) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST).build();
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                request.servletRequest().getRequestId(), request.servletRequest().getLocale());
        ContextSnapshot snapshot = handler.contextSnapshotFactory().captureAll();
        var response = handler.handleRequest(graphQlRequest).contextWrite(snapshot::updateContext)
                .map(result -> {
                    Map<String, Object> map = result.toMap();
                    HttpStatus status = GraphQlHttpStatus.isRateLimited(result) ? HttpStatus.TOO_MANY_REQUESTS
                            : mediaType.equals(GRAPHQL_RESPONSE) && !map.containsKey("data") ? HttpStatus.BAD_REQUEST
                            : HttpStatus.OK;
                    return ServerResponse.status(status).headers(headers -> headers.putAll(result.getResponseHeaders()))
                            .contentType(mediaType).body(map);
                });
        return ServerResponse.async(response.toFuture());
    }

    /** Whether the operation that would run is a mutation; unparsable documents are left to the engine. */
    private static boolean isMutation(String query, String operationName) {
        try {
            Document document = Parser.parse(query);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            Optional<OperationDefinition> chosen = operations.stream()
                    .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                    .findFirst();
            return chosen.map(op -> op.getOperation() != OperationDefinition.Operation.QUERY).orElse(false);
        } catch (InvalidSyntaxException ex) {
            return false;
        }
    }

    private static ServerResponse error(HttpStatus status, MediaType mediaType, String message) {
        return ServerResponse.status(status).contentType(mediaType)
                .body(Map.of("errors", List.of(Map.of("message", message))));
    }
}
