package io.canale.portal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Runs a named GraphQL document against the backend as the signed-in user and reads one field of the answer
 * (null when the field is null, e.g. {@code partner(id)} for an id the user cannot see). Documents live in one
 * folder per capability, {@code graphql-documents/<capability>/<name>.graphql}, and are named
 * {@code "<capability>/<name>"}. Answers are read into {@link SchemaType}s; variables are such types too (input
 * records) or plain values. Every failure becomes an {@link ApiException}. A document may hold several operations that
 * share a fragment (e.g. a record's query and the mutations that answer the same fields); the overloads with an
 * {@code operation} run one of them by name.
 */
@Component
public class CanaleApi {

    private static final Logger log = LoggerFactory.getLogger(CanaleApi.class);

    private final GraphQlClient client;
    private final HttpSyncGraphQlClient signInClient;

    CanaleApi(@Qualifier("canaleGraphQlClient") GraphQlClient canaleGraphQlClient,
            @Qualifier("signInGraphQlClient") HttpSyncGraphQlClient signInGraphQlClient) {
        this.client = canaleGraphQlClient;
        this.signInClient = signInGraphQlClient;
    }

    public <T> T execute(String document, Map<String, ?> variables, String path, Class<T> type) {
        return execute(document, null, variables, path, type);
    }

    /** Runs the named operation of a document that holds several. */
    public <T> T execute(String document, String operation, Map<String, ?> variables, String path, Class<T> type) {
        return read(field(client, document, operation, variables, path), field -> field.toEntity(type));
    }

    /**
     * Runs a mutation named after its field, e.g. {@code "partner/createPartner"} for {@code createPartner}, with its
     * one argument {@code input} (an input record), and reads the field's payload.
     */
    public <T> T mutate(String document, Object input, Class<T> payload) {
        return execute(document, Map.of("input", input), document.substring(document.lastIndexOf('/') + 1), payload);
    }

    /**
     * Runs a mutation operation of a document that holds several, named after its field (e.g. {@code "reviseIncentiveProgram"}
     * in {@code "incentiveadmin/staffProgram"}), with its one argument {@code input}, and reads the field's payload.
     */
    public <T> T mutate(String document, String operation, Object input, Class<T> payload) {
        return execute(document, operation, Map.of("input", input), operation, payload);
    }

    /**
     * Runs a document with the given access token instead of the signed-in user's: for the sign-in itself, which
     * asks the API who the person is before anybody counts as signed in, and for a UI's background work, which has no
     * request to take the user's token from (see {@code BackgroundAccessTokens}).
     */
    public <T> T executeWithToken(String accessToken, String document, Map<String, ?> variables, String path,
            Class<T> type) {
        GraphQlClient withToken = signInClient.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).build();
        return read(field(withToken, document, null, variables, path), field -> field.toEntity(type));
    }

    public <T> T execute(String document, Map<String, ?> variables, String path, ParameterizedTypeReference<T> type) {
        return read(field(client, document, null, variables, path), field -> field.toEntity(type));
    }

    /**
     * One page of a connection: {@code first} and {@code after} (null: from the start) join the document's other
     * variables, which may be empty; nodes are read into {@code node}.
     */
    public <T> Connection<T> page(String document, String path, Class<T> node, int first, String after,
            Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("first", first);
        all.put("after", after);
        ParameterizedTypeReference<Connection<T>> type = ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(Connection.class, node).getType());
        return execute(document, all, path, type);
    }

    /**
     * Reads the whole answer of a document that asks for several top-level fields at once (e.g. a board
     * with its totals), into a record with one component per field. Any error fails the whole call.
     */
    public <T> T executeAll(String document, Map<String, ?> variables, Class<T> type) {
        ClientGraphQlResponse response = response(client, document, null, variables);
        if (!response.getErrors().isEmpty()) {
            throw graphQlFailure(document, response.getErrors());
        }
        return response.toEntity(type);
    }

    private static ClientResponseField field(GraphQlClient client, String document, String operation, Map<String, ?> variables,
            String path) {
        ClientResponseField field = response(client, document, operation, variables).field(path);
        if (!field.getErrors().isEmpty()) {
            throw graphQlFailure(document, field.getErrors());
        }
        return field;
    }

    private static ClientGraphQlResponse response(GraphQlClient client, String document, String operation, Map<String, ?> variables) {
        ClientGraphQlResponse response;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) variables;
            response = client.documentName(document).operationName(operation).variables(values).executeSync();
        } catch (GraphQlTransportException | OAuth2AuthorizationException | RestClientException ex) {
            throw ApiException.transportFailure(document, ex);
        }
        if (!response.isValid()) {
            throw graphQlFailure(document, response.getErrors());
        }
        return response;
    }

    private static <T> T read(ClientResponseField field, Function<ClientResponseField, T> reader) {
        try {
            return reader.apply(field);
        } catch (FieldAccessException ex) {
            throw graphQlFailure(field.getPath(), ex.getResponse().getErrors());
        }
    }

    private static ApiException graphQlFailure(String document, List<ResponseError> errors) {
        boolean forbidden = errors.stream().anyMatch(error -> "FORBIDDEN".equals(error.getExtensions().get("code")));
        String message = errors.isEmpty() ? "invalid response" : errors.getFirst().getMessage();
        Object code = errors.isEmpty() ? null : errors.getFirst().getExtensions().get("code");
        log.info("{}: GraphQL error {}", document, errors);
        return new ApiException(forbidden ? ApiException.Kind.FORBIDDEN : ApiException.Kind.GRAPHQL, message,
                code == null ? null : code.toString(), null);
    }
}
