package io.canale.notification;

import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One mail a day to each person with notifications of kinds it wants as DAILY_DIGEST: those of the 24 hours before
 * the day's digest time ({@code canale.notifications.mail.digest-time} in {@code zone}), so each notification is in
 * one digest. It is composed a few minutes after that time ({@link #GRACE}, so notifications of changes just before it
 * are derived), by every node that gets there; each person's digest of a day has one id in the outbox, so it is
 * queued once, and the day is marked done in {@value #RUNS} afterwards (a crash before the mark composes it again,
 * and the outbox refuses what was queued). A day the backend was down from its digest time to the next one gets no
 * digest; its notifications stay in the list.
 */
@Component
class DailyDigest {

    static final String RUNS = "notification_digest_runs";
    static final Duration GRACE = Duration.ofMinutes(5);

    private final MongoOperations mongo;
    private final MailRecipients recipients;
    private final NotificationMailTexts texts;
    private final NotificationMailOutbox outbox;
    private final NotificationMailProperties properties;
    private final Clock clock;

    DailyDigest(MongoOperations mongo, MailRecipients recipients, NotificationMailTexts texts, NotificationMailOutbox outbox,
            NotificationMailProperties properties, Clock clock) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the digests of the latest day whose digest time has passed, unless that day is done; answers how many. */
    int queueIfDue() {
        if (!outbox.enabled()) {
            return 0;
        }
        ZonedDateTime now = clock.instant().minus(GRACE).atZone(properties.zone());
        LocalDate day = now.toLocalTime().isBefore(properties.digestTime()) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        if (mongo.getCollection(RUNS).find(Filters.eq("_id", day.toString())).first() != null) {
            return 0;
        }
        int queued = queue(day);
        mongo.getCollection(RUNS).replaceOne(Filters.eq("_id", day.toString()),
                new Document("_id", day.toString()).append("queued", queued).append("at", java.util.Date.from(clock.instant())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        outbox.purge();
        return queued;
    }

    /** Queues the digests of this day (notifications from the digest time of the day before up to the day's). */
    int queue(LocalDate day) {
        Instant until = until(day);
        Instant from = until(day.minusDays(1));
        Map<String, List<Notification>> byPartner = new LinkedHashMap<>();
        Query window = Query.query(Criteria.where("at").gte(from).lt(until)).with(Sort.by("at", "id"));
        try (var notices = mongo.stream(window, Notification.class)) {
            notices.forEach(notice -> byPartner.computeIfAbsent(notice.partnerId(), partner -> new ArrayList<>()).add(notice));
        }
        MailRecipients.Lookup people = recipients.lookup();
        Instant now = clock.instant();
        List<NotificationMail> mails = new ArrayList<>();
        byPartner.forEach((partnerId, notices) -> {
            Map<String, Digest> digests = new LinkedHashMap<>();
            for (Notification notice : notices) {
                for (MailRecipients.Recipient person : people.of(partnerId, notice.kind(), NotificationDelivery.DAILY_DIGEST, notice.at())) {
                    digests.computeIfAbsent(person.email(), email -> new Digest(person, new ArrayList<>())).notices().add(notice);
                }
            }
            digests.values().forEach(digest -> mails.add(texts.digest(day, until, digest.person(), digest.notices(), now)));
        });
        return outbox.queue(mails);
    }

    /** The day whose digest lists a notification of this instant. */
    LocalDate dayOf(Instant at) {
        ZonedDateTime local = at.atZone(properties.zone());
        return local.toLocalTime().isBefore(properties.digestTime()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    private Instant until(LocalDate day) {
        return day.atTime(properties.digestTime()).atZone(properties.zone()).toInstant();
    }

    private record Digest(MailRecipients.Recipient person, List<Notification> notices) {
    }
}
