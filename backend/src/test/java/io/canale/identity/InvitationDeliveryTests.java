package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** How an invitation link reaches the invitee, decided before the account is stored. */
class InvitationDeliveryTests {

    @Test
    void without_a_mail_server_outside_the_demo_an_invitation_is_refused_with_a_typed_error() {
        InvitationMail mail = mail(false, "prod");

        assertThatThrownBy(mail::delivery).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.errors().getFirst().code()).isEqualTo(UserErrorCode.MAIL_NOT_CONFIGURED);
            assertThat(refused.errors().getFirst().message()).contains("spring.mail.host");
        });
    }

    @Test
    void without_a_mail_server_the_demo_answers_the_link() {
        assertThat(mail(false, "demo").delivery()).isEqualTo(InvitationMail.Delivery.ANSWER);
    }

    @Test
    void with_a_mail_server_the_link_is_mailed_in_every_profile() {
        assertThat(mail(true, "demo").delivery()).isEqualTo(InvitationMail.Delivery.MAIL);
        assertThat(mail(true, "prod").delivery()).isEqualTo(InvitationMail.Delivery.MAIL);
    }

    private static InvitationMail mail(boolean mailServer, String profile) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (mailServer) {
            beans.addBean("mailSender", new JavaMailSenderImpl());
        }
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return new InvitationMail(beans.getBeanProvider(JavaMailSender.class),
                environment, new StaticMessageSource(), "no-reply@localhost");
    }
}
