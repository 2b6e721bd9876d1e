package io.canale.portal.api;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The GraphQL client of the backend, and a plain REST client for its few non-GraphQL endpoints (CSV
 * uploads and reports). The security feature contributes the interceptor that adds the signed-in user's
 * access token to both; short timeouts keep the UI responsive when the backend is down.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlClientConfig {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    @Bean
    HttpSyncGraphQlClient canaleGraphQlClient(RestClient.Builder builder, BackendProperties backend,
            @Qualifier("backendAuthorization") ClientHttpRequestInterceptor backendAuthorization) {
        return HttpSyncGraphQlClient.builder(client(builder, backend.endpoint("/graphql"), backendAuthorization))
                .build();
    }

    /**
     * The GraphQL client for the sign-in itself, before anybody is signed in: it carries no user's token of its own;
     * {@link CanaleApi#executeWithToken} adds the one just received.
     */
    @Bean
    HttpSyncGraphQlClient signInGraphQlClient(RestClient.Builder builder, BackendProperties backend) {
        return HttpSyncGraphQlClient.builder(client(builder, backend.endpoint("/graphql"), null)).build();
    }

    /** Relative URIs resolve against the backend's root, e.g. {@code /imports/leads}. */
    @Bean
    RestClient canaleRestClient(RestClient.Builder builder, BackendProperties backend,
            @Qualifier("backendAuthorization") ClientHttpRequestInterceptor backendAuthorization) {
        return client(builder, backend.url().toString(), backendAuthorization);
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl,
            ClientHttpRequestInterceptor backendAuthorization) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requestFactory.setReadTimeout(READ_TIMEOUT);
        RestClient.Builder client = builder.clone().baseUrl(baseUrl).requestFactory(requestFactory);
        if (backendAuthorization != null) {
            client.requestInterceptor(backendAuthorization);
        }
        return client.requestInterceptor(GraphQlClientConfig::readersLanguage).build();
    }

    /** The header naming the reader's time zone (the browser's), as the backend reads it. */
    static final String TIME_ZONE = "Time-Zone";

    /**
     * Tells the backend the language and time zone the person reads the portal in, so texts the backend writes
     * (timeline entries, routing explanations) come back in them. Outside a UI request the backend answers in
     * English, with moments in UTC.
     */
    private static ClientHttpResponse readersLanguage(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, ui.getLocale().toLanguageTag());
            request.getHeaders().set(TIME_ZONE, io.canale.portal.DateTimes.zone().getId());
        }
        return execution.execute(request, body);
    }
}
