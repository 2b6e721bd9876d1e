package io.canale.portal.live;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.canale.portal.api.RecordType;
import io.canale.portal.change.Change;
import io.canale.portal.security.BackgroundAccessTokens;
import io.canale.portal.security.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signed-in session's one live connection to the backend (graphql-transport-ws on {@code /graphql}), shared by all
 * its browser tabs and views: the backend allows a person only a few connections, and one is enough. It opens when the
 * first view or bell listens, carries the {@code notifications} subscription and one {@code changes} subscription per
 * record type some open view shows, and
 * <ul>
 * <li>renews its token before it expires: the session's token is refreshed (as for every background call) and sent in
 * {@code extensions.authorization} of a small operation, so the backend keeps the connection open (else it closes it
 * with 4401);</li>
 * <li>reconnects after a drop with growing back-off (1 s doubling to 60 s, plus up to 20 %) and resumes each
 * {@code changes} stream after the last sequence it received, so nothing is missed; a stream without one, or one the
 * feed no longer reaches ({@code CHANGES_EXPIRED}), tells its views they missed something, and they reload;</li>
 * <li>resumes a stream the backend ended as {@code SLOW_SUBSCRIBER} after its last sequence;</li>
 * <li>closes 30 s after the last listener left, when the sign-in ended, and for good when the Vaadin session ends.</li>
 * </ul>
 * Everything that changes its state runs one action at a time ({@link SerialActions}), on whichever thread posted it;
 * blocking work (the token, the network) happens outside, on the timer's threads. Listeners are called from that
 * queue and must not block: views reach their UI with {@code UI.access}.
 */
@org.springframework.stereotype.Component
@VaadinSessionScope
public class LiveConnection implements DisposableBean {

    /** A view's interest in the changes of one kind of record. */
    public interface ChangeListener {

        /** A record of the type changed (and the reader may see the change). */
        void changed(Change change);

        /** Changes may have been missed (the connection was down): reload what is shown. */
        void missedSome();
    }

    /** Where the session's token comes from; empty when nobody is signed in there any more. */
    @FunctionalInterface
    interface TokenSource {
        Optional<SessionToken> current();
    }

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(60);
    /** Inside the 60 s before expiry in which the session's token is refreshed, so a renewal brings a new one. */
    static final Duration RENEW_AHEAD = Duration.ofSeconds(45);
    static final Duration MIN_RENEW_DELAY = Duration.ofSeconds(5);
    static final Duration RENEW_RETRY = Duration.ofSeconds(10);
    static final Duration RESUBSCRIBE_DELAY = Duration.ofSeconds(1);
    static final Duration IDLE_CLOSE = Duration.ofSeconds(30);

    static final String CHANGES_DOCUMENT = "change/liveChanges";
    static final String NOTIFICATIONS_DOCUMENT = "notification/liveNotifications";

    private static final Logger log = LoggerFactory.getLogger(LiveConnection.class);

    private final TokenSource tokens;
    private final LiveSocket socket;
    private final LiveTimer timer;
    private final RandomGenerator random;

    private final SerialActions actions = new SerialActions();

    // State, touched only by actions.
    private final Map<String, LiveStream> streams = new LinkedHashMap<>();
    private final List<Consumer<Boolean>> statusListeners = new ArrayList<>();
    private LiveSocket.Session session;
    private boolean connecting;
    private boolean ended;
    private int failures;
    private Runnable reconnect;
    private Runnable renewal;
    private Runnable idleClose;

    @Autowired
    LiveConnection(BackgroundAccessTokens tokens, LiveSocket socket, LiveTimer timer) {
        this(sessionTokens(VaadinSession.getCurrent(), tokens), socket, timer, RandomGenerator.getDefault());
    }

    LiveConnection(TokenSource tokens, LiveSocket socket, LiveTimer timer, RandomGenerator random) {
        this.tokens = tokens;
        this.socket = socket;
        this.timer = timer;
        this.random = random;
    }

    /** The token as the UI's own calls use it: read (and refreshed) with the session locked, as they do. */
    private static TokenSource sessionTokens(VaadinSession vaadinSession, BackgroundAccessTokens tokens) {
        return () -> {
            AtomicReference<Optional<SessionToken>> token = new AtomicReference<>(Optional.empty());
            try {
                vaadinSession.accessSynchronously(() -> token.set(tokens.sessionToken(vaadinSession)));
            } catch (IllegalStateException closed) {
                return Optional.empty(); // the session was closed meanwhile
            }
            return token.get();
        };
    }

    /** Tells whether the connection is up, now and at every change, until removed; opens the connection. */
    public Registration onStatus(Consumer<Boolean> up) {
        act(() -> {
            statusListeners.add(up);
            tell(up, session != null);
            listened();
        });
        return () -> act(() -> {
            statusListeners.remove(up);
            maybeIdle();
        });
    }

    /** Calls back for each of the reader's new notifications, until removed; opens the connection. */
    public Registration onNotification(Runnable notified) {
        LiveStream.Listener listener = new LiveStream.Listener(value -> notified.run(), () -> { });
        return listen(new LiveStream("notifications", NOTIFICATIONS_DOCUMENT, "notifications", Map.class, null), listener);
    }

    /** Calls back for each change of this type of record the reader may see, until removed; opens the connection. */
    public Registration onChanges(RecordType type, ChangeListener changes) {
        LiveStream.Listener listener = new LiveStream.Listener(value -> changes.changed((Change) value), changes::missedSome);
        return listen(new LiveStream("changes:" + type, CHANGES_DOCUMENT, "changes", Change.class, type), listener);
    }

    /** The timer of this connection, for the views' debounced refreshes. */
    LiveTimer timer() {
        return timer;
    }

    /** At the end of the Vaadin session (the scope destroys its beans): closes for good. */
    @Override
    public void destroy() {
        act(() -> {
            ended = true;
            cancelTimers();
            streams.values().forEach(LiveStream::unsubscribe);
            streams.clear();
            statusListeners.clear();
            if (session != null) {
                session.close();
                session = null;
                log.info("live connection closed: the session ended");
            }
        });
    }

    private Registration listen(LiveStream candidate, LiveStream.Listener listener) {
        act(() -> {
            if (ended) {
                return;
            }
            LiveStream stream = streams.computeIfAbsent(candidate.key, key -> candidate);
            stream.listeners.add(listener);
            listened();
            if (session != null && stream.subscription == null) {
                subscribe(stream);
            } else if (session == null && !connecting) {
                // Down, waiting to try again: what happens until it is back is told as missed. (While it is being
                // opened, typically with the session's first page, the view's data is as fresh as the stream.)
                stream.catchUp = true;
            }
        });
        return () -> act(() -> {
            LiveStream stream = streams.get(candidate.key);
            if (stream != null && stream.listeners.remove(listener) && stream.listeners.isEmpty()) {
                stream.unsubscribe();
                streams.remove(candidate.key);
            }
            maybeIdle();
        });
    }

    private void act(Runnable action) {
        actions.run(action);
    }

    // ---- connecting (actions unless said otherwise)

    private void listened() {
        cancel(idleClose);
        idleClose = null;
        if (ended || session != null || connecting || reconnect != null) {
            return;
        }
        connecting = true;
        timer.schedule(Duration.ZERO, this::connect);
    }

    /** On a timer thread: the token may need a refresh, the connection a handshake. */
    private void connect() {
        Optional<SessionToken> token;
        try {
            token = tokens.current();
        } catch (RuntimeException unreachable) {
            act(() -> openFailed(unreachable));
            return;
        }
        if (token.isEmpty()) {
            act(this::signedOut);
            return;
        }
        socket.open(token.get().value()).subscribe(
                opened -> act(() -> opened(opened, token.get())),
                failure -> act(() -> openFailed(failure)));
    }

    private void opened(LiveSocket.Session opened, SessionToken token) {
        connecting = false;
        if (ended || idle()) {
            opened.close();
            return;
        }
        session = opened;
        failures = 0;
        log.info("live connection open ({} streams)", streams.size());
        scheduleRenewal(token.expiresAt());
        streams.values().forEach(this::subscribe);
        statusListeners.forEach(listener -> tell(listener, true));
    }

    private void openFailed(Throwable failure) {
        connecting = false;
        scheduleReconnect(failure);
    }

    private void scheduleReconnect(Throwable reason) {
        if (ended || idle()) {
            return;
        }
        Duration delay = backoff(failures++);
        log.info("live connection down ({}); next attempt in {} ms", reason.getMessage(), delay.toMillis());
        reconnect = timer.schedule(delay, () -> act(() -> {
            reconnect = null;
            listened();
        }));
    }

    /** 1 s, 2 s, 4 s, ... up to 60 s, each plus up to 20 %, so that many sessions do not come back at once. */
    Duration backoff(int failed) {
        long base = Math.min(MAX_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(failed, 16));
        return Duration.ofMillis(base + (long) (base * 0.2 * random.nextDouble()));
    }

    private void signedOut() {
        connecting = false;
        log.info("live connection not opened: the sign-in ended");
        drop();
    }

    private void connectionLost(LiveSocket.Session lost, Throwable failure) {
        if (lost != session) {
            return; // an earlier connection's news
        }
        drop();
        scheduleReconnect(failure);
    }

    /** Down: streams resume (or tell they missed something) at the next connection. */
    private void drop() {
        LiveSocket.Session lost = session;
        session = null;
        cancel(renewal);
        renewal = null;
        streams.values().forEach(stream -> {
            stream.unsubscribe();
            stream.catchUp = true;
        });
        if (lost != null) {
            lost.close();
            statusListeners.forEach(listener -> tell(listener, false));
        }
    }

    private boolean idle() {
        return streams.isEmpty() && statusListeners.isEmpty();
    }

    private void maybeIdle() {
        if (!idle() || ended) {
            return;
        }
        cancel(idleClose);
        idleClose = timer.schedule(IDLE_CLOSE, () -> act(() -> {
            if (idle() && session != null) {
                log.info("live connection closed: nobody listens");
                drop();
            }
            if (idle()) {
                cancelTimers();
            }
        }));
    }

    private void cancelTimers() {
        cancel(reconnect);
        cancel(renewal);
        cancel(idleClose);
        reconnect = null;
        renewal = null;
        idleClose = null;
    }

    private static void cancel(Runnable cancellation) {
        if (cancellation != null) {
            cancellation.run();
        }
    }

    // ---- renewing the token

    private void scheduleRenewal(Instant expiresAt) {
        cancel(renewal);
        renewal = null;
        if (expiresAt == null) {
            return;
        }
        Duration delay = Duration.between(timer.now(), expiresAt).minus(RENEW_AHEAD);
        LiveSocket.Session on = session;
        renewal = timer.schedule(delay.compareTo(MIN_RENEW_DELAY) < 0 ? MIN_RENEW_DELAY : delay, () -> renew(on));
    }

    /** On a timer thread. */
    private void renew(LiveSocket.Session on) {
        Optional<SessionToken> token;
        try {
            token = tokens.current();
        } catch (RuntimeException unreachable) {
            act(() -> renewalFailed(on, unreachable));
            return;
        }
        if (token.isEmpty()) {
            act(this::signedOut);
            return;
        }
        on.renew(token.get().value()).subscribe(nothing -> { }, failure -> act(() -> renewalFailed(on, failure)),
                () -> act(() -> {
                    if (on == session) {
                        scheduleRenewal(token.get().expiresAt());
                    }
                }));
    }

    private void renewalFailed(LiveSocket.Session on, Throwable failure) {
        if (on != session) {
            return;
        }
        log.info("live connection: renewal failed ({}), trying again", failure.getMessage());
        renewal = timer.schedule(RENEW_RETRY, () -> renew(on));
    }

    // ---- streams

    private void subscribe(LiveStream stream) {
        LiveSocket.Session on = session;
        boolean missed = stream.catchUp && stream.lastSequence == null;
        stream.catchUp = false;
        stream.subscription = on.subscribe(stream.document, stream.variables(), stream.path, stream.type).subscribe(
                value -> act(() -> received(stream, on, value)),
                failure -> act(() -> streamEnded(stream, on, failure)),
                () -> act(() -> streamEnded(stream, on, new LiveSocket.StreamEnded(null, "the stream completed"))));
        if (missed) {
            stream.listeners.forEach(LiveStream.Listener::missed);
        }
    }

    private void received(LiveStream stream, LiveSocket.Session on, Object value) {
        if (on != session || streams.get(stream.key) != stream) {
            return;
        }
        if (value instanceof Change change && change.sequence() != null) {
            stream.lastSequence = change.sequence();
        }
        stream.listeners.forEach(listener -> listener.event(value));
    }

    private void streamEnded(LiveStream stream, LiveSocket.Session on, Throwable failure) {
        if (on != session) {
            return;
        }
        if (!(failure instanceof LiveSocket.StreamEnded ended)) {
            connectionLost(on, failure);
            return;
        }
        stream.subscription = null;
        if (streams.get(stream.key) != stream) {
            return;
        }
        switch (ended.code() == null ? "" : ended.code()) {
            case "CHANGES_EXPIRED" -> {
                // The feed no longer reaches back to our position: start afresh, the views reload.
                stream.lastSequence = null;
                stream.catchUp = true;
                subscribe(stream);
            }
            case "SLOW_SUBSCRIBER", "" -> {
                stream.catchUp = true;
                timer.schedule(RESUBSCRIBE_DELAY, () -> act(() -> {
                    if (on == session && streams.get(stream.key) == stream && stream.subscription == null) {
                        subscribe(stream);
                    }
                }));
            }
            default -> log.warn("live stream {} refused ({}): {}", stream.key, ended.code(), ended.getMessage());
        }
    }

    private static void tell(Consumer<Boolean> listener, boolean up) {
        try {
            listener.accept(up);
        } catch (RuntimeException ex) {
            log.warn("live status listener failed: {}", ex.toString());
        }
    }
}
