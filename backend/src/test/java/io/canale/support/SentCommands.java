package io.canale.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonValue;

/**
 * The commands the application sends to the store while a test step runs, as "command collection" (e.g.
 * {@code insert orders}), each update statement with the fields of its filter, and the number of ids a read by a list of ids asks for: for tests that check a write goes out as one batch, not one command per record. Added to
 * every test context's MongoDB client with the query-shape recorder.
 */
public final class SentCommands implements CommandListener {

    public static final SentCommands INSTANCE = new SentCommands();

    private final Queue<String> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    private SentCommands() {
    }

    /** The commands sent by anyone in the process while {@code step} ran. */
    public static synchronized List<String> during(Runnable step) {
        INSTANCE.sent.clear();
        INSTANCE.recording = true;
        try {
            step.run();
        } finally {
            INSTANCE.recording = false;
        }
        return new ArrayList<>(INSTANCE.sent);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (recording) {
            BsonValue collection = event.getCommand().get(event.getCommandName());
            String command = event.getCommandName() + (collection != null && collection.isString() ? " " + collection.asString().getValue() : "");
            sent.add(command);
            // Each statement of an update, as "update stock_levels where revision": the fields its filter names.
            // Each read of a list of ids, as "find products _id $in 500": how many ids one read asks for.
            BsonValue filter = event.getCommandName().equals("find") ? event.getCommand().get("filter") : null;
            if (filter != null && filter.isDocument() && filter.asDocument().get("_id") instanceof org.bson.BsonDocument id
                    && id.get("$in") instanceof org.bson.BsonArray ids) {
                sent.add(command + " _id $in " + ids.size());
            }
            BsonValue statements = event.getCommandName().equals("update") ? event.getCommand().get("updates") : null;
            if (statements != null && statements.isArray()) {
                statements.asArray().forEach(statement -> sent.add(command + " where "
                        + String.join(",", statement.asDocument().getDocument("q").keySet())));
            }
        }
    }
}
