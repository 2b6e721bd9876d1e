package io.canale.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of notification mails ({@code canale.notifications.mail.*}); mail goes out only with a mail server
 * ({@code spring.mail.host}).
 *
 * @param enabled whether notifications are mailed when a mail server is configured (off: the server still sends
 *        invitations, sign-in codes and surveys)
 * @param portalUrl the portal's public address, for the links in the mails
 * @param digestTime the local time the daily digest goes out, listing the 24 hours before it
 * @param zone the time zone of {@code digestTime}
 * @param maxAge a notification older than this when the mailer reaches it is not mailed at once (after an outage,
 *        or when a mail server is configured for the first time), so a backlog never turns into a flood of mails
 * @param pollInterval how often each node looks for new feed entries to mail and mails to send
 * @param lease how long a node's claim of one mail lasts; a mail claimed by a node that died is sent again after it
 * @param maxAttempts attempts at handing one mail to the mail server before it is given up (FAILED, logged)
 * @param keep how long sent and failed mails are kept as markers against sending them twice
 */
@ConfigurationProperties("canale.notifications.mail")
record NotificationMailProperties(Boolean enabled, String portalUrl, LocalTime digestTime, ZoneId zone, Duration maxAge,
        Duration pollInterval, Duration lease, Integer maxAttempts, Duration keep) {

    NotificationMailProperties {
        enabled = enabled == null || enabled;
        portalUrl = portalUrl == null || portalUrl.isBlank() ? "http://localhost:8081" : portalUrl.replaceAll("/+$", "");
        digestTime = digestTime == null ? LocalTime.of(8, 0) : digestTime;
        zone = zone == null ? ZoneId.of("Europe/Rome") : zone;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        keep = keep == null ? Duration.ofDays(7) : keep;
    }
}
