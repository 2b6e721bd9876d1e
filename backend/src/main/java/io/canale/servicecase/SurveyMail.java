package io.canale.servicecase;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails survey links to end customers when a mail server is configured ({@code spring.mail.host}), as the invitation
 * mail does: one mail in Italian and English, since the end customer's language is not known.
 */
@Component
class SurveyMail {

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final String from;

    SurveyMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${canale.auth.mail-from:no-reply@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.messages = messages;
        this.from = from;
    }

    boolean configured() {
        return sender != null;
    }

    /** False when the mail could not be handed to the server: the dealer forwards the link instead. */
    boolean send(String to, String customerName, String dealerName, String link, java.time.Instant expiresAt) {
        String until = DateTimeFormatter.ISO_LOCAL_DATE.format(expiresAt.atOffset(ZoneOffset.UTC));
        Object[] arguments = {customerName == null ? "" : customerName, dealerName, link, until};
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(messages.getMessage("survey.mail.subject", new Object[] {dealerName}, Locale.ITALIAN) + " / "
                + messages.getMessage("survey.mail.subject", new Object[] {dealerName}, Locale.ENGLISH));
        mail.setText(messages.getMessage("survey.mail.text", arguments, Locale.ITALIAN) + "\n\n---\n\n"
                + messages.getMessage("survey.mail.text", arguments, Locale.ENGLISH));
        try {
            sender.send(mail);
            return true;
        } catch (MailException ex) {
            return false;
        }
    }
}
