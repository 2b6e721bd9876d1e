package io.canale.portal.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.api.RecordType;
import io.canale.portal.change.Change;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Live refresh of an open view: while it is attached, a change the reader may see of the record types it shows (or
 * news that changes may have been missed) refreshes it — at once for the first, then at most once per
 * {@link #INTERVAL}, however many arrive. Server push only rings the view: the browser answers with an event, so the
 * refresh itself runs in an ordinary request of the UI, as a click on "reload" would, with the user's security context
 * and token (a grid's lazy data provider fetches while that request's response is written). The event is accepted
 * while a modal dialog is open, so no refresh is lost. Keeping scroll position and selection is the view's part: a
 * grid refreshes its data provider in place ({@code PagedGrids}), a list adds what is new.
 */
public final class LiveRefresh {

    /** A view refreshes at most this often. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    static final String EVENT = "canale-live-refresh";

    private LiveRefresh() {
    }

    /** Refreshes the view when records of these types change. */
    public static void onChanges(Component view, LiveConnection live, Set<RecordType> types, Runnable refresh) {
        whileAttached(view, live, refresh, ring -> {
            LiveConnection.ChangeListener listener = new LiveConnection.ChangeListener() {
                @Override
                public void changed(Change change) {
                    ring.run();
                }

                @Override
                public void missedSome() {
                    ring.run();
                }
            };
            return types.stream().map(type -> live.onChanges(type, listener)).toList();
        });
    }

    /** Refreshes the view when the reader has a new notification, and after the connection was down. */
    public static void onNotifications(Component view, LiveConnection live, Runnable refresh) {
        whileAttached(view, live, refresh, ring -> {
            AtomicBoolean wasDown = new AtomicBoolean();
            Registration status = live.onStatus(up -> {
                if (up && wasDown.getAndSet(false)) {
                    ring.run(); // notifications may have come while the connection was down
                } else if (!up) {
                    wasDown.set(true);
                }
            });
            return List.of(live.onNotification(ring), status);
        });
    }

    private static void whileAttached(Component view, LiveConnection live, Runnable refresh,
            Function<Runnable, List<Registration>> listen) {
        view.getElement().addEventListener(EVENT, event -> refresh.run()).allowInert();
        List<Registration> listening = new ArrayList<>();
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            DebouncedRefresh debounced = new DebouncedRefresh(live.timer(), INTERVAL, () -> ring(ui, view));
            listening.addAll(listen.apply(debounced::touch));
            listening.add(debounced::cancel);
        });
        view.addDetachListener(detach -> {
            listening.forEach(Registration::remove);
            listening.clear();
        });
    }

    private static void ring(UI ui, Component view) {
        try {
            ui.access(() -> view.getElement().executeJs("this.dispatchEvent(new CustomEvent($0))", EVENT));
        } catch (UIDetachedException gone) {
            // closed meanwhile: nothing to refresh
        }
    }
}
