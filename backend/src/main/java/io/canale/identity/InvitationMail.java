package io.canale.identity;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers invitation links so that only the invitee can use them: by mail to the invited address when a mail
 * server is configured ({@code spring.mail.host}), never in the API answer, where the inviting admin would see
 * it and could choose the password in the invitee's place. Without a mail server only the demo profile
 * answers the link; elsewhere an invitation is refused before anything is stored.
 */
@Component
class InvitationMail {

    /** How an invitation reaches the invitee. */
    enum Delivery { MAIL, ANSWER }

    private final JavaMailSender sender;
    private final boolean demo;
    private final MessageSource messages;
    private final String from;

    InvitationMail(ObjectProvider<JavaMailSender> sender, Environment environment, MessageSource messages,
            @Value("${canale.auth.mail-from:no-reply@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.demo = environment.matchesProfiles("demo");
        this.messages = messages;
        this.from = from;
    }

    /** Decided before the account is stored, so a refused invitation leaves nothing behind. */
    Delivery delivery() {
        if (sender != null) {
            return Delivery.MAIL;
        }
        if (demo) {
            return Delivery.ANSWER;
        }
        throw new InvalidInputException("input.email", UserErrorCode.MAIL_NOT_CONFIGURED,
                "invitations are sent by mail and no mail server is configured (spring.mail.host)");
    }

    /** One mail in Italian and English, as the invitee's language is not known yet. */
    void send(UserAccount invitee, String link, Duration validity) {
        Object[] arguments = {invitee.displayName(), link, validity.toHours()};
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(invitee.email());
        mail.setSubject(messages.getMessage("invitation.mail.subject", null, Locale.ITALIAN) + " / "
                + messages.getMessage("invitation.mail.subject", null, Locale.ENGLISH));
        mail.setText(messages.getMessage("invitation.mail.text", arguments, Locale.ITALIAN) + "\n\n---\n\n"
                + messages.getMessage("invitation.mail.text", arguments, Locale.ENGLISH));
        try {
            sender.send(mail);
        } catch (MailException ex) {
            throw new InvalidInputException("input.email", UserErrorCode.MAIL_NOT_SENT,
                    "the invitation mail could not be sent; try again later");
        }
    }
}
