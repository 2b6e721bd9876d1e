package io.canale.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of notification mails, in the recipient's language ({@code notification.mail.*} and
 * {@code notification.digest.*} in the messages), with links to the record's page in the portal and to the
 * preferences page. They name the record by its id only: whatever else a person may see of it, the portal shows.
 */
@Component
class NotificationMailTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final NotificationMailProperties properties;

    NotificationMailTexts(MessageSource messages, NotificationMailProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    NotificationMail immediate(Notification notice, MailRecipients.Recipient to, Instant now) {
        Locale language = to.locale();
        String subject = text("notification.mail.subject", language, kindLabel(notice, language), named(notice));
        String body = text("notification.mail.text", language, to.name(), action(notice, language), link(notice),
                preferencesLink());
        return NotificationMail.pending(NotificationMail.aboutNotice(notice.id(), to.email()), to.email(), subject, body, now);
    }

    NotificationMail digest(LocalDate day, Instant until, MailRecipients.Recipient to, List<Notification> notices, Instant now) {
        Locale language = to.locale();
        StringBuilder lines = new StringBuilder();
        for (Notification notice : notices) {
            lines.append(text("notification.digest.line", language, kindLabel(notice, language), named(notice),
                    WHEN.format(notice.at().atZone(properties.zone())), link(notice)));
        }
        String subject = text("notification.digest.subject", language, notices.size());
        String body = text("notification.digest.text", language, to.name(), WHEN.format(until.atZone(properties.zone())),
                lines.toString(), preferencesLink());
        return NotificationMail.pending(NotificationMail.digestOf(day, to.email()), to.email(), subject, body, now);
    }

    /** The record's page in the portal, by the portal's routes; a carrier finds handed-over goods on its board. */
    String link(Notification notice) {
        String base = properties.portalUrl() + "/";
        if (notice.kind() == NotificationKind.SHIPMENT_HANDED_OVER) {
            return base + "shipments";
        }
        return base + switch (notice.recordType()) {
            case "LEAD" -> "leads/" + notice.recordId();
            case "ORDER" -> "orders/" + notice.recordId();
            case "SERVICE_CASE" -> "service-cases/" + notice.recordId();
            default -> "notifications";
        };
    }

    /** The record as people know it (an order's number, a lead's company, a case's subject); its id without a label. */
    private static String named(Notification notice) {
        return notice.recordLabel() == null || notice.recordLabel().isBlank() ? notice.recordId() : notice.recordLabel();
    }

    String preferencesLink() {
        return properties.portalUrl() + "/notifications/preferences";
    }

    private String kindLabel(Notification notice, Locale language) {
        return text("notification.mail.kind." + notice.kind().name(), language);
    }

    private String action(Notification notice, Locale language) {
        return text("notification.mail.action." + notice.kind().name(), language, named(notice),
                notice.detail() == null ? "" : notice.detail());
    }

    /** Always formatted with arguments, so every message doubles its apostrophes the same way. */
    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? new Object[] {""} : arguments, language);
    }
}
