package io.canale.portal.api;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The GraphQL client of the backend. The security feature contributes the interceptor that adds the
 * signed-in user's access token; short timeouts keep the UI responsive when the backend is down.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlClientConfig {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    @Bean
    HttpSyncGraphQlClient canaleGraphQlClient(RestClient.Builder builder, BackendProperties backend,
            @Qualifier("backendAuthorization") ClientHttpRequestInterceptor backendAuthorization) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requestFactory.setReadTimeout(READ_TIMEOUT);
        RestClient restClient = builder.clone()
                .baseUrl(backend.endpoint("/graphql"))
                .requestFactory(requestFactory)
                .requestInterceptor(backendAuthorization)
                .build();
        return HttpSyncGraphQlClient.builder(restClient).build();
    }
}
