package io.canale.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.canale.portal.api.RecordType;
import io.canale.portal.change.Change;
import io.canale.portal.security.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The session's live connection against a scripted backend and a hand-moved clock: one connection for all listeners,
 * its token renewed before expiry, reconnection with back-off that resumes after the last sequence, the backend's
 * stream endings, and the end of the session.
 */
class LiveConnectionTests {

    private static final Duration TOKEN_LIFE = Duration.ofMinutes(5);
    private static final String CHANGES = LiveConnection.CHANGES_DOCUMENT;
    private static final String NOTIFICATIONS = LiveConnection.NOTIFICATIONS_DOCUMENT;

    private final FakeTimer timer = new FakeTimer();
    private final FakeSocket backend = new FakeSocket();
    private final AtomicInteger issued = new AtomicInteger();
    private boolean signedIn = true;
    /** The session's token: a new one whenever the current one is within a minute of expiry, as the refresh does. */
    private SessionToken token;
    private final LiveConnection live = new LiveConnection(this::sessionToken, backend, timer, zeroJitter());

    private final List<Boolean> status = new CopyOnWriteArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger missed = new AtomicInteger();
    private final AtomicInteger notified = new AtomicInteger();

    private Optional<SessionToken> sessionToken() {
        if (!signedIn) {
            return Optional.empty();
        }
        if (token == null || !timer.now().isBefore(token.expiresAt().minusSeconds(60))) {
            token = new SessionToken("token-" + issued.incrementAndGet(), timer.now().plus(TOKEN_LIFE));
        }
        return Optional.of(token);
    }

    private static RandomGenerator zeroJitter() {
        return () -> 0L;
    }

    private Registration listenToLeads() {
        return live.onChanges(RecordType.LEAD, new LiveConnection.ChangeListener() {
            @Override
            public void changed(Change change) {
                heard.add(change.recordId());
            }

            @Override
            public void missedSome() {
                missed.incrementAndGet();
            }
        });
    }

    private static Change lead(String sequence, String id) {
        return new Change(sequence, RecordType.LEAD, id, Change.Type.UPDATED, Instant.now(), null, List.of());
    }

    @Test
    void all_tabs_and_views_of_a_session_share_one_connection_with_one_stream_per_record_type() {
        live.onStatus(status::add);
        live.onNotification(notified::incrementAndGet);
        listenToLeads();
        listenToLeads();
        live.onChanges(RecordType.ORDER, new LiveConnection.ChangeListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void missedSome() {
            }
        });
        timer.runDue();

        assertThat(backend.openedWith).containsExactly("token-1");
        FakeSocket.FakeSession session = backend.last();
        assertThat(session.open(NOTIFICATIONS)).hasSize(1);
        assertThat(session.open(CHANGES)).extracting(stream -> stream.variables().get("types"))
                .containsExactly(List.of("LEAD"), List.of("ORDER"));
        assertThat(status).containsExactly(false, true);

        session.open(NOTIFICATIONS).getFirst().emit(java.util.Map.of("id", "n1"));
        session.open(CHANGES).getFirst().emit(lead("5", "lead-1"));
        assertThat(notified).hasValue(1);
        assertThat(heard).as("both views of leads").containsExactly("lead-1", "lead-1");
    }

    @Test
    void the_token_is_renewed_on_the_open_connection_before_it_expires() {
        listenToLeads();
        timer.runDue();
        FakeSocket.FakeSession session = backend.last();

        timer.advance(TOKEN_LIFE.minus(LiveConnection.RENEW_AHEAD).minusSeconds(1));
        assertThat(session.renewedWith).as("not yet").isEmpty();
        timer.advance(Duration.ofSeconds(1));
        assertThat(session.renewedWith).containsExactly("token-2");

        timer.advance(TOKEN_LIFE.minus(LiveConnection.RENEW_AHEAD));
        assertThat(session.renewedWith).as("each new token renews it again").containsExactly("token-2", "token-3");
        assertThat(backend.openedWith).as("without reconnecting").containsExactly("token-1");
        assertThat(session.closed).isFalse();
    }

    @Test
    void after_a_drop_it_reconnects_with_a_fresh_token_and_resumes_after_the_last_sequence() {
        live.onStatus(status::add);
        listenToLeads();
        timer.runDue();
        int before = missed.get();
        backend.last().open(CHANGES).getFirst().emit(lead("41", "lead-1"));

        timer.advance(Duration.ofMinutes(4)); // the session's token is nearly spent by now
        backend.last().drop();
        assertThat(status).containsExactly(false, true, false);
        timer.advance(LiveConnection.FIRST_RETRY);

        assertThat(backend.openedWith).containsExactly("token-1", "token-2");
        assertThat(backend.last().open(CHANGES)).singleElement()
                .satisfies(stream -> assertThat(stream.variables()).containsEntry("afterSequence", "41"));
        assertThat(status).containsExactly(false, true, false, true);
        assertThat(missed).as("the feed delivers what was missed").hasValue(before);

        backend.last().open(CHANGES).getFirst().emit(lead("42", "lead-2"));
        assertThat(heard).containsExactly("lead-1", "lead-2");
    }

    @Test
    void a_view_opened_while_the_connection_opens_is_not_reloaded() {
        listenToLeads();
        timer.runDue();

        assertThat(backend.last().open(CHANGES)).hasSize(1);
        assertThat(missed).hasValue(0);
    }

    @Test
    void a_view_opened_while_the_connection_is_down_reloads_when_it_is_back() {
        backend.refuseNext = new LiveSocket.Disconnected("backend down", null);
        live.onStatus(status::add);
        timer.runDue();
        listenToLeads();
        timer.advance(LiveConnection.FIRST_RETRY);

        assertThat(backend.last().open(CHANGES)).hasSize(1);
        assertThat(missed).hasValue(1);
    }

    @Test
    void a_stream_that_had_no_change_yet_tells_its_views_to_reload_after_a_drop() {
        listenToLeads();
        timer.runDue();
        assertThat(missed).hasValue(0);

        backend.last().drop();
        timer.advance(LiveConnection.FIRST_RETRY);

        assertThat(backend.last().open(CHANGES)).singleElement()
                .satisfies(stream -> assertThat(stream.variables().get("afterSequence")).isNull());
        assertThat(missed).hasValue(1);
    }

    @Test
    void reconnecting_backs_off_from_one_second_doubling_up_to_a_minute() {
        listenToLeads();
        List<Duration> delays = new ArrayList<>();
        backend.refuseNext = new LiveSocket.Disconnected("backend down", null);
        timer.runDue();
        for (int attempt = 0; attempt < 9; attempt++) {
            Duration delay = timer.pendingDelays().getLast();
            delays.add(delay);
            if (attempt < 8) {
                backend.refuseNext = new LiveSocket.Disconnected("backend down", null);
            }
            timer.advance(delay);
        }
        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(backend.sessions).as("the tenth attempt").hasSize(1);

        backend.last().drop();
        assertThat(timer.pendingDelays()).as("back to one second once it was connected").contains(Duration.ofSeconds(1));
    }

    @Test
    void an_expired_position_tells_the_views_to_reload_and_starts_the_stream_afresh() {
        listenToLeads();
        timer.runDue();
        FakeSocket.FakeSession session = backend.last();
        session.open(CHANGES).getFirst().emit(lead("7", "lead-1"));
        int before = missed.get();

        session.open(CHANGES).getFirst().end(new LiveSocket.StreamEnded("CHANGES_EXPIRED", "expired"));

        assertThat(missed).hasValue(before + 1);
        assertThat(session.open(CHANGES)).singleElement()
                .satisfies(stream -> assertThat(stream.variables().get("afterSequence")).isNull());
        assertThat(backend.sessions).as("on the same connection").hasSize(1);
    }

    @Test
    void a_slow_subscriber_resumes_after_its_last_sequence() {
        listenToLeads();
        timer.runDue();
        FakeSocket.FakeSession session = backend.last();
        session.open(CHANGES).getFirst().emit(lead("12", "lead-1"));
        int before = missed.get();

        session.open(CHANGES).getFirst().end(new LiveSocket.StreamEnded("SLOW_SUBSCRIBER", "too slow"));
        timer.advance(LiveConnection.RESUBSCRIBE_DELAY);

        assertThat(session.open(CHANGES)).singleElement()
                .satisfies(stream -> assertThat(stream.variables()).containsEntry("afterSequence", "12"));
        assertThat(missed).hasValue(before);
    }

    @Test
    void the_end_of_the_session_closes_the_connection_for_good() {
        listenToLeads();
        live.onNotification(notified::incrementAndGet);
        timer.runDue();
        FakeSocket.FakeSession session = backend.last();

        live.destroy();

        assertThat(session.closed).isTrue();
        assertThat(session.streams).allSatisfy(stream -> assertThat(stream.cancelled()[0]).isTrue());
        assertThat(timer.pendingDelays()).as("no renewal, no reconnection").isEmpty();
        listenToLeads();
        timer.advance(Duration.ofMinutes(10));
        assertThat(backend.sessions).hasSize(1);
    }

    @Test
    void a_session_whose_sign_in_ended_does_not_connect() {
        signedIn = false;
        live.onStatus(status::add);
        listenToLeads();
        timer.advance(Duration.ofMinutes(1));

        assertThat(backend.openedWith).isEmpty();
        assertThat(status).containsExactly(false);
    }

    @Test
    void the_connection_closes_when_nobody_listened_for_a_while() {
        Registration leads = listenToLeads();
        Registration bell = live.onStatus(status::add);
        timer.runDue();
        leads.remove();
        bell.remove();

        timer.advance(LiveConnection.IDLE_CLOSE.minusSeconds(1));
        assertThat(backend.last().closed).as("a reload of the page comes back in time").isFalse();
        timer.advance(Duration.ofSeconds(1));
        assertThat(backend.last().closed).isTrue();
        assertThat(timer.pendingDelays()).isEmpty();

        listenToLeads();
        timer.runDue();
        assertThat(backend.sessions).as("opened again for the next listener").hasSize(2);
    }
}
