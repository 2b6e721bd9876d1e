package io.canale.portal.live;

import io.canale.portal.api.RecordType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * One subscription on the live connection ({@code notifications}, or {@code changes} of one record type), shared by
 * every listener of its key, with where it stands in the feed. Touched only by {@link LiveConnection}'s actions.
 */
final class LiveStream {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    /** One view's or bell's interest: what to do with each event, and when events may have been missed. */
    record Listener(Consumer<Object> event, Runnable missedSome) {

        void event(Object value) {
            try {
                event.accept(value);
            } catch (RuntimeException ex) {
                log.warn("live listener failed: {}", ex.toString());
            }
        }

        void missed() {
            try {
                missedSome.run();
            } catch (RuntimeException ex) {
                log.warn("live listener failed: {}", ex.toString());
            }
        }
    }

    final String key;
    final String document;
    final String path;
    final Class<?> type;
    /** The type of the {@code changes} stream; null for notifications. */
    final RecordType recordType;
    final List<Listener> listeners = new ArrayList<>();
    /** The sequence of the last change received: where to resume. */
    String lastSequence;
    /** Whether its listeners must hear that they missed something when it is next subscribed without a position. */
    boolean catchUp;
    Disposable subscription;

    LiveStream(String key, String document, String path, Class<?> type, RecordType recordType) {
        this.key = key;
        this.document = document;
        this.path = path;
        this.type = type;
        this.recordType = recordType;
    }

    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        if (recordType != null) {
            variables.put("types", List.of(recordType.name()));
            variables.put("afterSequence", lastSequence);
        }
        return variables;
    }

    void unsubscribe() {
        if (subscription != null) {
            subscription.dispose();
            subscription = null;
        }
    }
}
