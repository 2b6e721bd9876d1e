package io.canale.notification;

import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import java.util.List;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** Notifications in the API. */
@Controller
class NotificationController {

    record MarkNotificationsReadInput(List<String> ids) {
    }

    record MarkNotificationsReadPayload(long marked, List<UserError> userErrors) {
    }

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @QueryMapping
    Window<Notification> notifications(Caller caller, @Argument Boolean unreadOnly, ScrollSubrange subrange) {
        return notifications.list(caller, Boolean.TRUE.equals(unreadOnly), subrange);
    }

    @QueryMapping
    long unreadNotifications(Caller caller) {
        return notifications.unread(caller);
    }

    @MutationMapping
    MarkNotificationsReadPayload markNotificationsRead(Caller caller, @Argument MarkNotificationsReadInput input) {
        List<String> ids = input.ids();
        if (ids != null && ids.size() > Notifications.MAX_IDS) {
            return new MarkNotificationsReadPayload(0, List.of(UserError.of("input.ids", UserErrorCode.TOO_MANY,
                    "at most " + Notifications.MAX_IDS + " ids at once")));
        }
        try {
            return new MarkNotificationsReadPayload(notifications.markRead(caller, ids), List.of());
        } catch (InvalidInputException ex) {
            return new MarkNotificationsReadPayload(0, ex.errors());
        }
    }

    @SubscriptionMapping("notifications")
    Flux<Notification> live(Caller caller) {
        return notifications.live(caller);
    }

    /** The label stored with it; the backfill's empty label (a record that had none) reads as none. */
    @SchemaMapping(typeName = "Notification", field = "recordLabel")
    String recordLabel(Notification notification) {
        String label = notification.recordLabel();
        return label == null || label.isEmpty() ? null : label;
    }

    @SchemaMapping(typeName = "Notification", field = "read")
    boolean read(Notification notification, Caller caller) {
        return notification.readBy(caller.subject());
    }
}
