package io.canale.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write the embedded store has answered is in its file at that moment: a copy of the file taken right
 * after the answer, opened as a crashed store would be reopened, holds it.
 */
class DurableWritesBackendTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EmbeddedCommit.class, names = {"SYNC", "WRITE"})
    void every_answered_write_is_in_the_file_when_the_answer_arrives(EmbeddedCommit commit) throws IOException {
        MongoServer server = new MongoServer(EmbeddedMongoConfiguration.fileBackend(dir.resolve("store"), commit));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> leads = client.getDatabase("canale").getCollection("leads");

            leads.insertOne(new Document("_id", "a").append("n", 1));
            Document inserted = inCopy(db -> db.getCollection("leads").find(Filters.eq("_id", "a")).first());
            assertThat(inserted).isNotNull();

            leads.updateOne(Filters.eq("_id", "a"), Updates.set("n", 2));
            leads.findOneAndUpdate(Filters.eq("_id", "a"), Updates.inc("n", 1));
            Document updated = inCopy(db -> db.getCollection("leads").find(Filters.eq("_id", "a")).first());
            assertThat(updated).containsEntry("n", 3);

            leads.insertMany(List.of(new Document("_id", "b").append("email", "b@example.com"),
                    new Document("_id", "c").append("email", "c@example.com")));
            leads.deleteOne(Filters.eq("_id", "a"));
            List<String> ids = inCopy(db -> db.getCollection("leads").find().map(d -> d.getString("_id")).into(new ArrayList<>()));
            assertThat(ids).containsExactlyInAnyOrder("b", "c");

            leads.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("by_email"));
            List<String> indexes = inCopy(db -> db.getCollection("leads").listIndexes().map(d -> d.getString("name"))
                    .into(new ArrayList<>()));
            assertThat(indexes).contains("by_email");

            leads.drop();
            List<String> collections = inCopy(db -> db.listCollectionNames().into(new ArrayList<>()));
            assertThat(collections).doesNotContain("leads");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void only_commands_that_may_change_data_wait_for_a_commit() {
        for (String write : List.of("insert", "update", "delete", "findAndModify", "createIndexes", "dropIndexes",
                "drop", "dropDatabase", "create", "renameCollection", "someCommandAddedLater")) {
            assertThat(DurableWritesBackend.mayWrite(write, new de.bwaldvogel.mongo.bson.Document())).as(write).isTrue();
        }
        for (String read : List.of("find", "getMore", "count", "distinct", "listIndexes", "listCollections", "hello",
                "isMaster", "ismaster", "buildInfo", "ping", "endSessions", "killCursors")) {
            assertThat(DurableWritesBackend.mayWrite(read, new de.bwaldvogel.mongo.bson.Document())).as(read).isFalse();
        }
        assertThat(DurableWritesBackend.mayWrite("aggregate", aggregate("$match"))).isFalse();
        assertThat(DurableWritesBackend.mayWrite("aggregate", aggregate("$merge"))).isTrue();
        assertThat(DurableWritesBackend.mayWrite("aggregate", aggregate("$out"))).isTrue();
    }

    private static de.bwaldvogel.mongo.bson.Document aggregate(String lastStage) {
        return new de.bwaldvogel.mongo.bson.Document("aggregate", "leads").append("pipeline", List.of(
                new de.bwaldvogel.mongo.bson.Document("$match", new de.bwaldvogel.mongo.bson.Document()),
                new de.bwaldvogel.mongo.bson.Document(lastStage, "elsewhere")));
    }

    /** Copies the store's file as it is now (as a crash would leave it) and reads the copy. */
    private <T> T inCopy(Function<com.mongodb.client.MongoDatabase, T> read) throws IOException {
        Path copy = Files.createTempDirectory(dir, "copy").resolve("canale.mv");
        Files.copy(dir.resolve("store").resolve("canale.mv"), copy);
        MongoServer reopened = new MongoServer(new H2Backend(copy.toString()));
        reopened.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(reopened.getConnectionString())) {
            return read.apply(client.getDatabase("canale"));
        } finally {
            reopened.shutdown();
        }
    }
}
