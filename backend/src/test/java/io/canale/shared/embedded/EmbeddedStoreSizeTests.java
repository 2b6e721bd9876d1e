package io.canale.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The embedded store says once, in the log, when a collection has grown past what it serves well. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStoreSizeTests {

    @Test
    void a_collection_past_the_limit_is_warned_about_once(CapturedOutput output) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoDatabase database = client.getDatabase("canale");
            insert(database, "leads", 4);
            insert(database, "partners", 3);
            EmbeddedStoreSize size = new EmbeddedStoreSize(database, 3);

            assertThat(size.check()).as("past the limit of 3").containsExactly("leads");
            insert(database, "leads", 2);
            assertThat(size.check()).as("said once").isEmpty();
            insert(database, "partners", 1);
            assertThat(size.check()).containsExactly("partners");

            assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                    && line.contains("collection 'leads' holds 4 documents")).count()).isEqualTo(1);
            assertThat(output.getOut()).contains("canale.embedded.warn-documents (3)", "replica set");
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void the_limit_defaults_to_a_hundred_thousand_documents() {
        assertThat(new EmbeddedStoreProperties(null, false, null, null, null).warnDocuments()).isEqualTo(100_000L);
    }

    private static void insert(MongoDatabase database, String collection, int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("n", i));
        }
        database.getCollection(collection).insertMany(documents);
    }
}
