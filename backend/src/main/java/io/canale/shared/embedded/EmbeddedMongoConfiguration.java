package io.canale.shared.embedded;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: with no {@code spring.mongodb.uri} the backend starts an embedded
 * MongoDB-compatible server (mongo-java-server) and talks to it over the real wire protocol. It is
 * file-backed under {@code canale.embedded.data-dir}, or in memory when {@code canale.embedded.in-memory}
 * is set (tests). It has no transactions and ignores non-unique indexes; production uses a replica set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoConfigured.class)
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${canale.embedded.in-memory:false}") boolean inMemory,
            @Value("${canale.embedded.data-dir:./data}") Path dataDir) {
        MongoBackend backend = inMemory ? new MemoryBackend() : fileBackend(dataDir);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        log.info("Embedded MongoDB-compatible store ({}) listening on {}", inMemory ? "in memory" : dataDir.toAbsolutePath(),
                server.getLocalAddress());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server,
            @Value("${spring.mongodb.database:canale}") String database) {
        var address = server.getLocalAddress();
        ConnectionString connectionString = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> connectionString;
    }

    /**
     * Replaces Boot's MongoDB health check, which sends {@code hello}, a command the embedded server does not
     * know; {@code ping} proves the same: the store answers over the wire protocol.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand("{ ping: 1 }");
                return Health.up().withDetail("store", "embedded mongo-java-server").build();
            } catch (RuntimeException ex) {
                return Health.down(ex).build();
            }
        };
    }

    private static MongoBackend fileBackend(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), ex);
        }
        return new H2Backend(dataDir.resolve("canale.mv").toString());
    }
}
