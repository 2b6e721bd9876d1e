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

    @BeforeEach
    void connect() {
        http = Http.forPort(port);
    }
}
