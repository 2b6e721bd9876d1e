package io.canale.support;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.BeforeEach;

/** Base of the HTTP tests: wires {@link Http} to the running server and the chosen MongoDB. */
@CanaleIntegrationTest
public abstract class IntegrationTestBase {

    @LocalServerPort
    int port;

    protected Http http;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        String uri = TestMongo.uri();
        if (uri != null) {
            registry.add("spring.mongodb.uri", () -> uri);
        }
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void connect() {
        http = Http.forPort(port);
    }

    /**
     * A real access token for a demo login (person, by authorization code + PKCE) or partner-system client
     * (by client credentials), fetched once per server and reused: tokens live 5 minutes.
     */
    protected String tokenFor(String login) {
        return TOKENS.computeIfAbsent(http.base() + " " + login,
                key -> login.contains("@") ? http.userToken(login) : http.clientToken(login));
    }
}
