package io.canale.shared.mongo.indexes;

import io.canale.shared.mongo.indexes.QueryShape.SortKey;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** An index as the backend creates it: its keys in order, and whether it is unique or holds some documents only. */
record DeclaredIndex(String collection, String name, List<SortKey> keys, boolean unique, boolean partial) {

    DeclaredIndex {
        keys = List.copyOf(keys);
    }

    /** The index every collection has. */
    static DeclaredIndex id(String collection) {
        return new DeclaredIndex(collection, "_id_", List.of(new SortKey("_id", 1)), true, false);
    }

    /** From a {@code createIndexes} entry as the recorder keeps it. */
    static DeclaredIndex of(Document index) {
        List<SortKey> keys = new ArrayList<>();
        index.get("key", Document.class).forEach((field, direction) ->
                keys.add(new SortKey(field, direction instanceof Number number ? (number.intValue() < 0 ? -1 : 1) : 0)));
        return new DeclaredIndex(index.getString("collection"), index.getString("name"), keys,
                index.getBoolean("unique", false),
                index.getBoolean("sparse", false) || index.containsKey("partialFilterExpression"));
    }

    @Override
    public String toString() {
        return name + " " + keys + (unique ? " unique" : "") + (partial ? " sparse" : "");
    }
}
