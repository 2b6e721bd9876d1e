package io.canale.shared.embedded;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Warns once per collection, in the log, when a collection of the embedded store passes
 * {@code canale.embedded.warn-documents}: the store has no secondary indexes, so every list of that collection is a
 * scan of all of it, and it is time for the MongoDB replica set. Counting asks the store for each collection's size
 * ({@code collStats}), which it keeps; nothing is scanned.
 */
class EmbeddedStoreSize {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreSize.class);

    private final MongoDatabase database;
    private final long warnDocuments;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    EmbeddedStoreSize(MongoDatabase database, long warnDocuments) {
        this.database = database;
        this.warnDocuments = warnDocuments;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${canale.embedded.size-check-interval:PT10M}")
    void checkQuietly() {
        try {
            check();
        } catch (RuntimeException ex) { // a warning that could not be given is no reason to disturb anything else
            log.debug("Could not look at the embedded store's collection sizes: {}", ex.toString());
        }
    }

    /** Looks at every collection; answers those warned about now (each collection is warned about once per process). */
    List<String> check() {
        List<String> now = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            // collStats answers from the collection's own bookkeeping: no query, so nothing for an index to serve.
            Object count = database.runCommand(new org.bson.Document("collStats", collection)).get("count");
            long documents = count instanceof Number number ? number.longValue() : 0;
            if (documents > warnDocuments && warned.add(collection)) {
                log.warn("The embedded store's collection '{}' holds {} documents, more than canale.embedded.warn-documents"
                        + " ({}): the embedded store has no secondary indexes, so its lists slow down with every document."
                        + " Move to a MongoDB replica set (infra/, spring.mongodb.uri)", collection, documents, warnDocuments);
                now.add(collection);
            }
        }
        return now;
    }
}
