package io.canale.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    /** Tokens live 5 minutes; one older than this is fetched again, so a slow suite never sends an expired one. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);
    private static final Map<String, IssuedToken> TOKENS = new ConcurrentHashMap<>();

    private record IssuedToken(String value, Instant fetchedAt) {
    }

    @BeforeEach
    void connect() {
        http = Http.forPort(port);
    }

    /**
     * A real access token for a demo login (person, by authorization code + PKCE) or partner-system client
     * (by client credentials), fetched once per server and reused while it is fresh.
     */
    protected String tokenFor(String login) {
        return TOKENS.compute(http.base() + " " + login, (key, cached) ->
                cached != null && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now()) ? cached
                        : new IssuedToken(login.contains("@") ? http.userToken(login) : http.clientToken(login),
                                Instant.now())).value();
    }
}
