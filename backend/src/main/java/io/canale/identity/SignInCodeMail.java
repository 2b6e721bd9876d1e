package io.canale.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/** Mails a one-time sign-in token to the person's own address, in their language (Italian and English if unknown). */
final class SignInCodeMail implements OneTimeTokenGenerationSuccessHandler {

    private final JavaMailSender sender;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final String linkBase;
    private final String from;

    SignInCodeMail(JavaMailSender sender, UserAccounts accounts, MessageSource messages, String issuer, String from) {
        this.sender = sender;
        this.accounts = accounts;
        this.messages = messages;
        this.linkBase = issuer + "/login/ott?token=";
        this.from = from;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        String link = linkBase + URLEncoder.encode(token.getTokenValue(), StandardCharsets.UTF_8);
        Object[] arguments = {link, token.getTokenValue(), SecondFactor.CODE_VALIDITY.toMinutes()};
        Locale locale = accounts.findByEmail(token.getUsername()).map(UserAccount::locale).orElse(null);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(token.getUsername());
        if (locale != null) {
            mail.setSubject(messages.getMessage("code.mail.subject", null, locale));
            mail.setText(messages.getMessage("code.mail.text", arguments, locale));
        } else {
            mail.setSubject(messages.getMessage("code.mail.subject", null, Locale.ITALIAN) + " / "
                    + messages.getMessage("code.mail.subject", null, Locale.ENGLISH));
            mail.setText(messages.getMessage("code.mail.text", arguments, Locale.ITALIAN) + "\n\n---\n\n"
                    + messages.getMessage("code.mail.text", arguments, Locale.ENGLISH));
        }
        try {
            sender.send(mail);
        } catch (MailException ex) {
            response.sendRedirect(request.getContextPath() + SecondFactor.CODE_PAGE + "?unsent");
            return;
        }
        response.sendRedirect(request.getContextPath() + SecondFactor.CODE_PAGE + "?sent");
    }
}
