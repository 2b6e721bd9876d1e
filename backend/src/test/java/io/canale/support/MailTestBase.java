package io.canale.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The backend with a real SMTP server (GreenMail) and otherwise the settings of every integration test; all
 * subclasses share one context and one mail server, so each test picks its mails by recipient and content.
 */
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
public abstract class MailTestBase extends IntegrationTestBase {

    protected static final GreenMail MAIL = started();

    private static GreenMail started() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /** The mails received so far for this address, oldest first. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    /** The decoded text of a plain-text mail. */
    protected static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The decoded subject of a mail. */
    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
