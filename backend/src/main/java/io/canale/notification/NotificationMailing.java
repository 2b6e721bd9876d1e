package io.canale.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails notifications on every node, every {@code canale.notifications.mail.poll-interval}: queues the mails of new
 * feed entries ({@link ImmediateMails}) and the daily digests when due ({@link DailyDigest}), then sends what is due
 * ({@link NotificationMailOutbox}). Without a mail server each step does nothing.
 */
@Component
@EnableConfigurationProperties(NotificationMailProperties.class)
class NotificationMailing {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailing.class);

    private final ImmediateMails immediate;
    private final DailyDigest digest;
    private final NotificationMailOutbox outbox;

    NotificationMailing(ImmediateMails immediate, DailyDigest digest, NotificationMailOutbox outbox) {
        this.immediate = immediate;
        this.digest = digest;
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${canale.notifications.mail.poll-interval:PT5S}",
            initialDelayString = "${canale.notifications.mail.poll-interval:PT5S}")
    void mailQuietly() {
        if (!outbox.enabled()) {
            return;
        }
        try {
            immediate.queue();
            digest.queueIfDue();
            outbox.sendDue();
        } catch (RuntimeException ex) {
            log.warn("Mailing notifications failed; trying again: {}", ex.toString());
        }
    }
}
