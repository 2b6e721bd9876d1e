package io.canale.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.canale.support.IntegrationTestBase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The backend with a real SMTP server (GreenMail) and the identity settings an operator would turn on: a second
 * factor for staff. Sign-in delays start at an hour here, so no test depends on how fast it runs; the documented
 * defaults are checked in {@link SignInFailuresTests} with a stopped clock. All subclasses share one context.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "canale.auth.mfa.required-for=staff",
        // Only the identity mails here: tests count the sign-in codes a person received.
        "canale.notifications.mail.enabled=false",
        "canale.auth.sign-in.account.first-delay=PT1H", "canale.auth.sign-in.account.max-delay=PT2H",
        "canale.auth.sign-in.address.first-delay=PT1H", "canale.auth.sign-in.address.max-delay=PT2H"})
abstract class MailServerTestBase extends IntegrationTestBase {

    static final GreenMail MAIL = started();

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
    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    /** The decoded text of a plain-text mail. */
    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
