package io.canale.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Chooses the MongoDB the integration tests run against and says which: a Testcontainers MongoDB replica
 * set where Docker is available, the embedded in-memory mongo-java-server otherwise.
 */
public final class TestMongo {

    private static MongoDBContainer container;
    private static boolean decided;

    private TestMongo() {
    }

    /** The connection string of a container, or null to use the embedded store. */
    public static synchronized String uri() {
        if (!decided) {
            decided = true;
            if (dockerAvailable()) {
                container = new MongoDBContainer("mongo:8.0").withReuse(false);
                container.start();
                System.out.println("[canale-tests] MongoDB: Testcontainers " + container.getDockerImageName()
                        + " replica set at " + container.getReplicaSetUrl());
            } else {
                System.out.println("[canale-tests] MongoDB: embedded mongo-java-server in memory (no Docker here; "
                        + "Testcontainers MongoDB tests are skipped)");
            }
        }
        return container == null ? null : container.getReplicaSetUrl("canale");
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }
}
