package io.canale.notification;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** People's choices of how they are told of notifications by mail: their own to read and change, the mailers' to follow. */
@Service
class MailPreferences {

    /** One kind and how the person is told of it. */
    record KindPreference(NotificationKind kind, NotificationDelivery delivery, NotificationDelivery defaultDelivery) {
    }

    /** A choice to store. */
    record Choice(NotificationKind kind, NotificationDelivery delivery) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;

    MailPreferences(MongoOperations mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** The caller's preference for every kind it may receive; refused for a partner system. */
    List<KindPreference> of(Caller caller) {
        policy.keepNotificationPreferences(caller).enforce("notificationPreferences");
        NotificationPreferences preferences = stored(caller.subject());
        return Notifications.readableKinds(policy, caller).stream()
                .map(kind -> new KindPreference(kind, preferences.deliveryOf(kind), kind.defaultDelivery())).toList();
    }

    /** Stores the caller's choices (all or none): each kind at most once, only kinds the caller may receive. */
    List<KindPreference> update(Caller caller, List<Choice> choices) {
        policy.keepNotificationPreferences(caller).enforce("input");
        if (choices.size() > NotificationKind.values().length) {
            throw new InvalidInputException("input.preferences", UserErrorCode.TOO_MANY,
                    "at most " + NotificationKind.values().length + " preferences, one per kind");
        }
        List<NotificationKind> readable = Notifications.readableKinds(policy, caller);
        List<UserError> errors = new ArrayList<>();
        Set<NotificationKind> seen = EnumSet.noneOf(NotificationKind.class);
        Update update = new Update();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String field = "input.preferences." + i + ".kind";
            if (!seen.add(choice.kind())) {
                errors.add(UserError.of(field, UserErrorCode.DUPLICATE, "each kind at most once"));
            } else if (!readable.contains(choice.kind())) {
                errors.add(UserError.of(field, UserErrorCode.NOT_ALLOWED, "you do not receive notifications of this kind"));
            } else {
                update.set("chosen." + choice.kind().name(), choice.delivery());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!choices.isEmpty()) {
            mongo.upsert(Query.query(Criteria.where("_id").is(caller.subject())), update, NotificationPreferences.class);
        }
        return of(caller);
    }

    /** The stored preferences of these people by subject; people who never chose are absent. */
    Map<String, NotificationPreferences> ofPeople(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(subjects)), NotificationPreferences.class).stream()
                .collect(Collectors.toMap(NotificationPreferences::subject, Function.identity()));
    }

    private NotificationPreferences stored(String subject) {
        NotificationPreferences found = mongo.findById(subject, NotificationPreferences.class);
        return found == null ? NotificationPreferences.none(subject) : found;
    }
}
