package io.canale.shared.mongo.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** What the recorder keeps: only the backend's own queries, not those tests send to arrange or inspect data. */
class QueryShapeRecorderTests {

    @Test
    void a_query_test_code_sends_itself_is_not_recorded() {
        QueryShapeRecorder.INSTANCE.commandStarted(new CommandStartedEvent(null, 1, 1,
                new ConnectionDescription(new ServerId(new ClusterId(), new ServerAddress())), "canale", "find",
                BsonDocument.parse("{find: 'recorder_tests', filter: {inspected: true}}")));
        assertThat(QueryShapeRecorder.INSTANCE.shapes().keySet()).noneMatch(shape -> shape.contains("recorder_tests"));
    }
}
