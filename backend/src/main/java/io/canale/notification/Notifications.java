package io.canale.notification;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.Pages;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;

/** A caller's notifications: its partner's, of the kinds whose records it may read; read marks per person. */
@Service
class Notifications {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "id");
    static final int MAX_IDS = 100;

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final NotificationFeeder feeder;

    Notifications(MongoOperations mongo, AccessPolicy policy, NotificationFeeder feeder) {
        this.mongo = mongo;
        this.policy = policy;
        this.feeder = feeder;
    }

    Window<Notification> list(Caller caller, boolean unreadOnly, ScrollSubrange page) {
        return Pages.scroll(mongo, Query.query(mine(caller, unreadOnly)), NEWEST_FIRST, page, Notification.class);
    }

    long unread(Caller caller) {
        return mongo.count(Query.query(mine(caller, true)), Notification.class);
    }

    /** Marks the given notifications (all of the caller's when none are given) read by the caller; answers how many. */
    long markRead(Caller caller, List<String> ids) {
        Criteria which = mine(caller, true);
        if (ids != null && !ids.isEmpty()) {
            which = which.and("id").in(ids);
        }
        return mongo.updateMulti(Query.query(which), new Update().addToSet("readBy", caller.subject()), Notification.class)
                .getModifiedCount();
    }

    /** New notifications for the caller as they are derived; one that falls far behind loses the oldest unsent. */
    Flux<Notification> live(Caller caller) {
        List<NotificationKind> kinds = readableKinds(policy, caller);
        return feeder.created()
                .filter(notification -> policy.readsNotificationsOf(caller, notification.partnerId()) && kinds.contains(notification.kind()))
                .onBackpressureBuffer(256, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }

    private Criteria mine(Caller caller, boolean unreadOnly) {
        Criteria criteria = Criteria.where("partnerId").is(policy.notifiedPartner(caller)).and("kind").in(readableKinds(policy, caller));
        return unreadOnly ? criteria.and("readBy").ne(caller.subject()) : criteria;
    }

    /** The kinds of notification the caller reads (and may be mailed), as the policy decides from their records' scopes. */
    static List<NotificationKind> readableKinds(AccessPolicy policy, Caller caller) {
        return Arrays.stream(NotificationKind.values()).filter(kind -> policy.readsNotificationsUnder(caller, kind.readScope())).toList();
    }
}
