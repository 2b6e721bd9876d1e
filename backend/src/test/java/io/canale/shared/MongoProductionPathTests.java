package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * What only a real MongoDB can show: the indexes the backend declares exist and the directory query uses
 * one. Runs where Docker exists; JUnit reports it as skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoProductionPathTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Test
    void the_directory_query_uses_the_name_index_on_a_real_replica_set() {
        var context = org.springframework.boot.SpringApplication.run(io.canale.CanaleApplication.class,
                "--server.port=0", "--spring.profiles.active=demo", "--spring.mongodb.uri=" + MONGO.getReplicaSetUrl("canale"));
        try (context; MongoClient client = MongoClients.create(MONGO.getReplicaSetUrl())) {
            var partners = client.getDatabase("canale").getCollection("partners");
            assertThat(partners.listIndexes().map(index -> index.getString("name")).into(new java.util.ArrayList<>()))
                    .contains("by_name", "nameKey");
            Document plan = partners.find().sort(new Document("name", 1).append("_id", 1)).limit(50)
                    .explain();
            assertThat(plan.toJson()).contains("IXSCAN").contains("by_name");
        }
    }
}
