package io.canale.portal.home;

import io.canale.portal.api.Area;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.util.List;

/**
 * The API's {@code Todo}: one kind of work waiting for the caller, the area where it is done, how many records wait
 * and the first of them (absent when the document does not ask for them).
 */
@SchemaType
public record Todo(TodoKind kind, Area area, int count, List<Item> items) {

    public Todo {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The API's {@code TodoItem}: a record that waits, its name and when it is due (null without a deadline). */
    @SchemaType("TodoItem")
    public record Item(String recordId, String title, Instant dueAt) {
    }
}
