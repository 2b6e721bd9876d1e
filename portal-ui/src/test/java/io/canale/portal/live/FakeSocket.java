package io.canale.portal.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The backend's end of the live connection, as the test plays it: every connection, stream and renewal recorded. */
final class FakeSocket implements LiveSocket {

    final List<String> openedWith = new CopyOnWriteArrayList<>();
    final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    /** When set, the next open fails with it (e.g. the backend is down). */
    RuntimeException refuseNext;

    @Override
    public Mono<Session> open(String accessToken) {
        openedWith.add(accessToken);
        if (refuseNext != null) {
            RuntimeException refused = refuseNext;
            refuseNext = null;
            return Mono.error(refused);
        }
        FakeSession session = new FakeSession();
        sessions.add(session);
        return Mono.just(session);
    }

    FakeSession last() {
        return sessions.getLast();
    }

    static final class FakeSession implements Session {

        final List<FakeStream> streams = new CopyOnWriteArrayList<>();
        final List<String> renewedWith = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        @SuppressWarnings("unchecked")
        public <T> Flux<T> subscribe(String document, Map<String, Object> variables, String path, Class<T> type) {
            FakeStream stream = new FakeStream(document, variables, Sinks.many().unicast().onBackpressureBuffer());
            streams.add(stream);
            return (Flux<T>) stream.sink().asFlux().doOnCancel(() -> stream.cancelled()[0] = true);
        }

        @Override
        public Mono<Void> renew(String accessToken) {
            renewedWith.add(accessToken);
            return Mono.empty();
        }

        @Override
        public void close() {
            closed = true;
        }

        /** The streams of this document still running. */
        List<FakeStream> open(String document) {
            return streams.stream().filter(stream -> stream.document().equals(document) && !stream.cancelled()[0]
                    && !stream.ended[0]).toList();
        }

        /** The connection drops: every stream ends as Spring's client ends them. */
        void drop() {
            closed = true;
            new ArrayList<>(streams).forEach(stream -> stream.end(new Disconnected("closed with 4401", null)));
        }
    }

    record FakeStream(String document, Map<String, Object> variables, Sinks.Many<Object> sink, boolean[] cancelled,
            boolean[] ended) {

        FakeStream(String document, Map<String, Object> variables, Sinks.Many<Object> sink) {
            this(document, variables, sink, new boolean[1], new boolean[1]);
        }

        void emit(Object value) {
            sink.tryEmitNext(value).orThrow();
        }

        void end(RuntimeException failure) {
            if (!ended[0] && !cancelled[0]) {
                ended[0] = true;
                sink.tryEmitError(failure);
            }
        }
    }
}
