package io.canale.shared.embedded;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The zero-setup default: with no {@code spring.mongodb.uri} the backend starts an embedded
 * MongoDB-compatible server (mongo-java-server) and talks to it over the real wire protocol. It is
 * file-backed under {@code canale.embedded.data-dir}, or in memory when {@code canale.embedded.in-memory}
 * is set (tests). It has no transactions and ignores non-unique indexes; production uses a replica set.
 *
 * <p>The file-backed store answers a write only once it is committed ({@code canale.embedded.commit}, see
 * {@link EmbeddedCommit}): the H2 MVStore underneath would otherwise commit about once a second in the
 * background, and a crash of the process would lose the writes of that second although they were answered.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoConfigured.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    /**
     * The server's network threads. A writer waits for its commit on one of them, and only writers on
     * different threads can share a commit, so there are more than the default (twice the cores): enough for
     * the concurrent writers of a busy backend to share one commit.
     */
    static final int NETWORK_THREADS = 32;

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedStoreProperties store) {
        MongoServer server;
        if (store.inMemory()) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
        } else {
            server = new MongoServer(fileBackend(store.dataDir(), store.commit()));
            server.bind(new InetSocketAddress("127.0.0.1", 0), 1, NETWORK_THREADS);
        }
        log.info("Embedded MongoDB-compatible store ({}) listening on {}",
                store.inMemory() ? "in memory" : store.dataDir().toAbsolutePath() + ", commit " + store.commit(),
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

    /** One warning in the log per collection that grows past {@code canale.embedded.warn-documents}. */
    @Bean
    EmbeddedStoreSize embeddedStoreSize(MongoTemplate mongo, EmbeddedStoreProperties store) {
        return new EmbeddedStoreSize(mongo.getDb(), store.warnDocuments());
    }

    /** The H2-backed store in {@code dataDir}, answering writes as {@code commit} says. */
    static MongoBackend fileBackend(Path dataDir, EmbeddedCommit commit) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), ex);
        }
        H2Backend store = new H2Backend(dataDir.resolve("canale.mv").toString());
        MVStore file = store.getMvStore();
        return switch (commit) {
            case BACKGROUND -> store;
            case WRITE -> new DurableWritesBackend(store, new GroupCommit(() -> commit(file, false)));
            case SYNC -> new DurableWritesBackend(store, new GroupCommit(() -> commit(file, true)));
        };
    }

    /**
     * Commits the MVStore and waits until the file has everything committed so far, then optionally forces it
     * to the disk. The store keeps its background auto-commit (and the compaction that comes with it); a
     * background commit may already have taken a writer's changes and still be writing them, which is why a
     * commit here also waits for the file store's pending writes.
     */
    static void commit(MVStore file, boolean fsync) {
        file.commit();
        file.executeFilestoreOperation(() -> {
            if (fsync) {
                file.getFileStore().sync();
            }
        });
    }
}
