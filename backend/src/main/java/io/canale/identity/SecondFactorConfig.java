package io.canale.identity;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;

/**
 * Turns the second factor on when {@code canale.auth.mfa.required-for} names anybody. Spring Security's
 * multi-factor support then adds a confirmed factor to the signed-in person instead of replacing the
 * authentication; no factory is published globally, so only the authorization endpoint asks for it (see
 * {@link SecondFactor}). The factor is a one-time sign-in token sent by mail, so a start without a mail server
 * is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${canale.auth.mfa.required-for:}'.isBlank()")
@EnableMultiFactorAuthentication(authorities = {})
class SecondFactorConfig {

    private final SecondFactorPolicy policy;
    private final JavaMailSender mail;

    SecondFactorConfig(@Value("${canale.auth.mfa.required-for}") String requiredFor,
            ObjectProvider<JavaMailSender> mail) {
        this.policy = SecondFactorPolicy.parse(List.of(requiredFor.split(",")));
        this.mail = mail.getIfAvailable();
        if (this.mail == null) {
            throw new IllegalStateException("canale.auth.mfa.required-for=" + requiredFor
                    + " needs a way to deliver the second factor: sign-in codes are sent by mail and no mail server is"
                    + " configured. Set spring.mail.host (and spring.mail.port, username, password), or leave"
                    + " canale.auth.mfa.required-for empty.");
        }
    }

    @Bean
    SecondFactor secondFactor(UserAccounts accounts, SignInCodeMail codes) {
        return new SecondFactor(policy, accounts, codes);
    }

    @Bean
    SignInCodeMail signInCodeMail(UserAccounts accounts, MessageSource messages,
            @Value("${canale.auth.issuer}") String issuer,
            @Value("${canale.auth.mail-from:no-reply@localhost}") String from) {
        return new SignInCodeMail(mail, accounts, messages, issuer, from);
    }
}
