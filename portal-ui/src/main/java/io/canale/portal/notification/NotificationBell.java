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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The bell in the header: the reader's unread count as a badge, opening the notification list. While the UI is
 * attached, the count is asked again every interval in the background and pushed to the browser; the call carries
 * the user's token from the session ({@link BackgroundAccessTokens}), taken with the session locked.
 */
@Component
@Scope("prototype")
public class NotificationBell extends Button {

    private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

    private final NotificationApi api;
    private final BackgroundAccessTokens tokens;
    private final BellRefresh refresh;
    private final Span badge = new Span();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private ScheduledFuture<?> ticking;
    private Registration markedRead;
    private int count = -1;

    NotificationBell(NotificationApi api, BackgroundAccessTokens tokens, BellRefresh refresh) {
        super(VaadinIcon.BELL.create());
        this.api = api;
        this.tokens = tokens;
        this.refresh = refresh;
        setId("notification-bell");
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.TERTIARY);
        badge.setId("notification-count");
        badge.addClassName("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        show(0);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        markedRead = ComponentUtil.addListener(ui, UnreadCountChanged.class, changed -> countNow());
        countNow();
        ticking = refresh.every(() -> refreshInBackground(ui));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stop();
        if (markedRead != null) {
            markedRead.remove();
        }
        super.onDetach(detach);
    }

    /** On a request thread: as the signed-in user, like any other call of the UI. */
    private void countNow() {
        try {
            show(api.unread());
        } catch (ApiException ex) {
            // The bell is no reason to interrupt the page: it tries again at the next refresh.
            log.debug("unread count not available: {}", ex.getMessage());
        }
    }

    private void refreshInBackground(UI ui) {
        if (!refreshing.compareAndSet(false, true)) {
            return; // the previous refresh is still waiting for the backend
        }
        try {
            AtomicReference<Optional<String>> token = new AtomicReference<>(Optional.empty());
            ui.accessSynchronously(() -> token.set(tokens.accessToken(ui.getSession())));
            if (token.get().isEmpty()) {
                stop(); // signed out: nothing more to count until the next sign-in's page
                return;
            }
            int unread = api.unread(token.get().get());
            ui.access(() -> show(unread));
        } catch (UIDetachedException gone) {
            stop();
        } catch (RuntimeException ex) {
            // An expired sign-in or an unreachable backend: the page says so when the user acts.
            log.debug("background unread count failed: {}", ex.getMessage());
        } finally {
            refreshing.set(false);
        }
    }

    private void stop() {
        if (ticking != null) {
            ticking.cancel(false);
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
