package io.canale.portal.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.api.ApiException;
import io.canale.portal.security.BackgroundAccessTokens;
import com.vaadin.flow.server.Command;
import io.canale.portal.live.LiveConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The bell in the header: the reader's unread count as a badge, opening the notification list. While the UI is
 * attached, the count follows the session's live connection ({@link LiveConnection}): each new notification it
 * delivers, and its coming back after a drop, asks {@code unreadNotifications} (the count to trust) in the background
 * and pushes the answer. Only while the connection is down does the bell ask every
 * {@code canale.portal.notification-refresh} instead. Background calls carry the user's token from the session
 * ({@link BackgroundAccessTokens}), taken with the session locked. {@code data-live} on the bell says which way it is
 * kept current.
 */
@Component
@Scope("prototype")
public class NotificationBell extends Button {

    private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

    private final NotificationApi api;
    private final BackgroundAccessTokens tokens;
    private final BellRefresh refresh;
    private final LiveConnection live;
    private final Span badge = new Span();
    /** Counts asked for and not yet answered; one background count at a time answers all of them. */
    private final AtomicInteger countsWanted = new AtomicInteger();
    private final List<Registration> listening = new ArrayList<>();
    private ScheduledFuture<?> polling;
    private Boolean liveUp;
    private int count = -1;

    NotificationBell(NotificationApi api, BackgroundAccessTokens tokens, BellRefresh refresh, LiveConnection live) {
        super(VaadinIcon.BELL.create());
        this.api = api;
        this.tokens = tokens;
        this.refresh = refresh;
        this.live = live;
        setId("notification-bell");
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.TERTIARY);
        badge.setId("notification-count");
        badge.addClassName("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        getElement().setAttribute("data-live", "false");
        show(0);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        listening.add(ComponentUtil.addListener(ui, UnreadCountChanged.class, changed -> countNow()));
        countNow();
        listening.add(live.onNotification(() -> countInBackground(ui, "a live notification")));
        listening.add(live.onStatus(up -> liveStatus(ui, up)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        listening.forEach(Registration::remove);
        listening.clear();
        stopPolling();
        super.onDetach(detach);
    }

    /** On a request thread: as the signed-in user, like any other call of the UI. */
    private void countNow() {
        try {
            show(api.unread());
        } catch (ApiException ex) {
            // The bell is no reason to interrupt the page: it tries again at the next news.
            log.debug("unread count not available: {}", ex.getMessage());
        }
    }

    /** Live: no polling; back from a drop, notifications may have come meanwhile. Down: poll until it is back. */
    private synchronized void liveStatus(UI ui, boolean up) {
        Boolean before = liveUp;
        liveUp = up;
        if (up) {
            stopPolling();
            if (Boolean.FALSE.equals(before)) {
                countInBackground(ui, "the live connection came back");
            }
        } else if (polling == null) {
            polling = refresh.every(() -> countInBackground(ui, "polled while the live connection is down"));
        }
        access(ui, () -> getElement().setAttribute("data-live", Boolean.toString(up)));
    }

    private void countInBackground(UI ui, String why) {
        if (countsWanted.getAndIncrement() != 0) {
            return; // the count under way will ask once more
        }
        Thread.ofVirtual().name("bell-count").start(() -> {
            int answered;
            do {
                answered = countsWanted.get();
                countOnce(ui, why);
            } while (countsWanted.addAndGet(-answered) != 0);
        });
    }

    private void countOnce(UI ui, String why) {
        try {
            AtomicReference<Optional<String>> token = new AtomicReference<>(Optional.empty());
            ui.accessSynchronously(() -> token.set(tokens.accessToken(ui.getSession())));
            if (token.get().isEmpty()) {
                stopPolling(); // signed out: nothing more to count until the next sign-in's page
                return;
            }
            int unread = api.unread(token.get().get());
            log.debug("bell: counted {} unread after {}", unread, why);
            access(ui, () -> show(unread));
        } catch (UIDetachedException gone) {
            stopPolling();
        } catch (RuntimeException ex) {
            // An expired sign-in or an unreachable backend: the page says so when the user acts.
            log.debug("background unread count failed: {}", ex.getMessage());
        }
    }

    private synchronized void stopPolling() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // closed meanwhile
        }
    }

    private void show(int unread) {
        if (unread == count) {
            return;
        }
        count = unread;
        badge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        badge.getElement().setAttribute("data-count", Integer.toString(unread));
        String label = unread > 0 ? getTranslation("notification.bellUnread", unread) : getTranslation("notification.bell");
        setAriaLabel(label);
        setTooltipText(label);
    }
}
