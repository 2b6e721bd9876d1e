package io.canale.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Queues notification mails and sends them, on every node. Queuing inserts each mail under its id (see
 * {@link NotificationMail}): one queued before is refused, so replays and other nodes queue nothing twice. Sending
 * claims one due mail at a time by moving its {@code dueAt} a lease ahead in one atomic update, hands it to the mail
 * server, then marks it SENT. A node that dies between the hand-over and the mark leaves the mail to be sent again
 * when the lease ends: at least once, and twice only in that window; never a resend of mails marked SENT, so a
 * restart sends nothing that went out before. A mail the server refuses is tried again after the lease, up to
 * {@code max-attempts}, then FAILED.
 */
@Component
class NotificationMailOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailOutbox.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int BATCH = 100;

    private final MongoOperations mongo;
    private final JavaMailSender sender;
    private final NotificationMailProperties properties;
    private final Clock clock;
    private final String from;

    NotificationMailOutbox(MongoOperations mongo, ObjectProvider<JavaMailSender> sender, NotificationMailProperties properties,
            Clock clock, @Value("${canale.auth.mail-from:no-reply@localhost}") String from) {
        this.mongo = mongo;
        this.sender = properties.enabled() ? sender.getIfAvailable() : null;
        this.properties = properties;
        this.clock = clock;
        this.from = from;
        if (!properties.enabled()) {
            log.info("Notification mails are off (canale.notifications.mail.enabled=false); people still see notifications in the portal");
        } else if (this.sender == null) {
            log.info("No mail server configured (spring.mail.host): notifications are not mailed; people still see them in the portal");
        }
    }

    /** Whether notifications are mailed (a mail server, and not switched off); otherwise nothing is queued or sent. */
    boolean enabled() {
        return sender != null;
    }

    /** Queues the mails not queued before; answers how many are new. */
    int queue(List<NotificationMail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationMail.class).insert(mails).execute();
            return mails.size();
        } catch (BulkOperationException collided) {
            collided.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw collided;
                }
            });
            return mails.size() - collided.getErrors().size();
        }
    }

    /** Sends the mails that are due, one claim at a time; answers how many were sent. */
    int sendDue() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<NotificationMail> due;
        do {
            Instant now = clock.instant();
            due = mongo.find(Query.query(Criteria.where("status").is(NotificationMail.Status.PENDING).and("dueAt").lte(now))
                    .with(Sort.by("dueAt")).limit(BATCH), NotificationMail.class);
            for (NotificationMail candidate : due) {
                NotificationMail claimed = claim(candidate.id(), now);
                if (claimed != null && send(claimed)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** Forgets sent and failed mails older than {@code keep}: long past the point where they could be queued again. */
    long purge() {
        Instant before = clock.instant().minus(properties.keep());
        return mongo.remove(Query.query(Criteria.where("createdAt").lt(before).and("status").ne(NotificationMail.Status.PENDING)),
                NotificationMail.class).getDeletedCount();
    }

    private NotificationMail claim(String id, Instant now) {
        Query claimable = Query.query(Criteria.where("_id").is(id).and("status").is(NotificationMail.Status.PENDING)
                .and("dueAt").lte(now));
        return mongo.findAndModify(claimable, new Update().set("dueAt", now.plus(properties.lease())).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), NotificationMail.class);
    }

    private boolean send(NotificationMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            sender.send(message);
        } catch (MailException | MessagingException ex) {
            if (mail.attempts() >= properties.maxAttempts()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.id())),
                        new Update().set("status", NotificationMail.Status.FAILED), NotificationMail.class);
                log.warn("A notification mail could not be sent after {} attempts; given up: {}", mail.attempts(), ex.toString());
            } else {
                log.info("A notification mail could not be sent (attempt {}); tried again later: {}", mail.attempts(), ex.toString());
            }
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.id())),
                new Update().set("status", NotificationMail.Status.SENT).set("sentAt", clock.instant()), NotificationMail.class);
        return true;
    }
}
