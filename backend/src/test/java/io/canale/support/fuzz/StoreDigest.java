package io.canale.support.fuzz;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A fingerprint of every record in the store, per collection, to prove that a refused call changed nothing.
 * The authorization server's token store is left out: it changes when tokens are issued or purged, on its
 * own schedule, not because of a call. So is the change feed's relaying: it moves entries of earlier changes from
 * records ({@code _changes}) to the feed ({@code changes}) whenever it runs; a refused call that changed a record
 * still shows in the record's own fields. Notifications and incentive accruals (purchases, ledger entries, the feeder's position and lease) are derived from
 * the feed as it grows, on their own schedule.
 */
public final class StoreDigest {

    private static final Set<String> NOT_RECORDS = Set.of("oauth_authorizations", "changes", "change_feed_state",
            "notifications", "notification_cursor", "incentive_cursor", "incentive_purchases", "incentive_entries");

    private final Map<String, String> collections;

    private StoreDigest(Map<String, String> collections) {
        this.collections = collections;
    }

    public static StoreDigest of(MongoOperations mongo) {
        Map<String, String> digests = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (!NOT_RECORDS.contains(name)) {
                digests.put(name, digest(mongo.getCollection(name)));
            }
        }
        return new StoreDigest(digests);
    }

    /** The collections whose records differ from the other digest's (added, removed or changed). */
    public Set<String> changedSince(StoreDigest before) {
        Set<String> changed = new TreeSet<>();
        Set<String> names = new TreeSet<>(collections.keySet());
        names.addAll(before.collections.keySet());
        for (String name : names) {
            String now = collections.getOrDefault(name, "");
            String then = before.collections.getOrDefault(name, "");
            // A collection created empty is no change.
            if (!now.equals(then) && !(now.equals(EMPTY) && then.isEmpty() || then.equals(EMPTY) && now.isEmpty())) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static final String EMPTY = HexFormat.of().formatHex(sha1().digest());

    private static String digest(MongoCollection<Document> collection) {
        MessageDigest sha = sha1();
        for (Document record : collection.find().sort(Sorts.ascending("_id"))) {
            record.remove("_changes");
            sha.update(record.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
