package io.canale.portal.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Runs a named GraphQL document (a file under {@code graphql-documents/}) against the backend as the
 * signed-in user and reads one field of the answer (null when the field is null, e.g. {@code partner(id)}
 * for an id the user cannot see). Every failure becomes an {@link ApiException}.
 */
@Component
public class CanaleApi {

    private static final Logger log = LoggerFactory.getLogger(CanaleApi.class);

    private final GraphQlClient client;

    CanaleApi(GraphQlClient canaleGraphQlClient) {
        this.client = canaleGraphQlClient;
    }

    public <T> T execute(String document, Map<String, ?> variables, String path, Class<T> type) {
        return read(field(document, variables, path), field -> field.toEntity(type));
    }

    public <T> T execute(String document, Map<String, ?> variables, String path, ParameterizedTypeReference<T> type) {
        return read(field(document, variables, path), field -> field.toEntity(type));
    }

    private ClientResponseField field(String document, Map<String, ?> variables, String path) {
        ClientGraphQlResponse response;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) variables;
            response = client.documentName(document).variables(values).executeSync();
        } catch (GraphQlTransportException | OAuth2AuthorizationException | ResourceAccessException ex) {
            throw transportFailure(document, ex);
        }
        if (!response.isValid()) {
            throw graphQlFailure(document, response.getErrors());
        }
        ClientResponseField field = response.field(path);
        if (!field.getErrors().isEmpty()) {
            throw graphQlFailure(document, field.getErrors());
        }
        return field;
    }

    private static <T> T read(ClientResponseField field, Function<ClientResponseField, T> reader) {
        try {
            return reader.apply(field);
        } catch (FieldAccessException ex) {
            throw graphQlFailure(field.getPath(), ex.getResponse().getErrors());
        }
    }

    private static ApiException transportFailure(String document, RuntimeException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OAuth2AuthorizationException
                    || cause instanceof HttpClientErrorException.Unauthorized) {
                log.info("{}: the sign-in is no longer valid ({})", document, cause.getMessage());
                return new ApiException(ApiException.Kind.SESSION_EXPIRED, cause.getMessage(), ex);
            }
            if (cause instanceof HttpClientErrorException.Forbidden) {
                return new ApiException(ApiException.Kind.FORBIDDEN, cause.getMessage(), ex);
            }
            if (cause instanceof ResourceAccessException || cause instanceof HttpServerErrorException) {
                break;
            }
        }
        log.warn("{}: backend unreachable: {}", document, ex.getMessage());
        return new ApiException(ApiException.Kind.UNREACHABLE, ex.getMessage(), ex);
    }

    private static ApiException graphQlFailure(String document, List<ResponseError> errors) {
        boolean forbidden = errors.stream().anyMatch(error -> "FORBIDDEN".equals(error.getExtensions().get("code")));
        String message = errors.isEmpty() ? "invalid response" : errors.getFirst().getMessage();
        log.info("{}: GraphQL error {}", document, errors);
        return new ApiException(forbidden ? ApiException.Kind.FORBIDDEN : ApiException.Kind.GRAPHQL, message, null);
    }
}
