package io.canale.shared.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Puts a commit between a write and its reply: every command that may change data is answered only after
 * {@link GroupCommit#awaitDurable()} returned, so a write the driver sees acknowledged is already on disk.
 * Commands not known to be reads count as writes; reads are answered at once. When the commit fails, the
 * reply is an error: the write may or may not survive a crash, and the caller is not told it succeeded.
 *
 * <p>The reply is written by the server's network thread after this returns, so it waits for the commit;
 * concurrent writers on other network threads share that commit.
 */
final class DurableWritesBackend implements MongoBackend {

    private static final Set<String> READS = Set.of("find", "getmore", "killcursors", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo", "whatsmyuri",
            "serverstatus", "dbstats", "collstats", "getlasterror", "getparameter", "hostinfo", "connectionstatus",
            "getcmdlineopts", "getlog", "explain", "endsessions", "getfreemonitoringstatus", "saslstart",
            "saslcontinue", "listcommands", "validate");
    private static final int UNKNOWN_ERROR = 8;

    private final MongoBackend store;
    private final GroupCommit commits;

    DurableWritesBackend(MongoBackend store, GroupCommit commits) {
        this.store = store;
        this.commits = commits;
    }

    /** Whether a command may change data; {@code aggregate} does only with an {@code $out} or {@code $merge} stage. */
    static boolean mayWrite(String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return body.get("pipeline") instanceof List<?> stages && stages.stream()
                    .anyMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        return answer(body.keySet().iterator().next(), body, () -> store.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return answer(command, query, () -> store.handleCommand(channel, database, command, query));
    }

    private Document answer(String command, Document body, Supplier<Document> handler) {
        if (!mayWrite(command, body)) {
            return handler.get();
        }
        try {
            return handler.get();
        } finally {
            // Also after a failed write: an insertMany may have stored some documents before failing.
            durable();
        }
    }

    private void durable() {
        try {
            commits.awaitDurable();
        } catch (GroupCommit.CommitFailedException ex) {
            throw new MongoServerError(UNKNOWN_ERROR, "UnknownError", "the write could not be made durable", ex);
        }
    }

    @Override
    public void dropDatabase(String database) {
        store.dropDatabase(database);
        durable();
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return store.handleQuery(query);
    }

    @Override
    public void handleClose(Channel channel) {
        store.handleClose(channel);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return store.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return store.getServerStatus();
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        store.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return store.getClock();
    }

    @Override
    public void enableOplog() {
        store.enableOplog();
    }

    @Override
    public void disableOplog() {
        store.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return store.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        store.version(version);
        return this;
    }
}
