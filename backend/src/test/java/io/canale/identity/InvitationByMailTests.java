package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * With a mail server, an invitation link goes to the invitee only: the mail carries it, the API answer does not,
 * so the inviting admin cannot choose the password in the invitee's place. A link works once, for 72 hours.
 */
class InvitationByMailTests extends MailServerTestBase {

    private static final String INVITE = """
            mutation($input: InviteUserInput!) {
              inviteUser(input: $input) { user { email status } invitationUrl invitationSentTo userErrors { field code } }
            }""";
    private static final Pattern LINK = Pattern.compile("http\\S+/invitation\\?token=[A-Za-z0-9_-]+");

    @Autowired
    MutableClock clock;

    @Test
    void the_mail_carries_the_link_and_the_api_answer_does_not() {
        String email = invitee();

        JsonNode answer = invite(email);

        assertThat(answer.path("invitationUrl").isNull()).isTrue();
        assertThat(answer.path("invitationSentTo").asString()).isEqualTo(email);
        assertThat(answer.path("user").path("status").asString()).isEqualTo("INVITED");
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        String text = text(mails.getFirst());
        assertThat(text).contains("Ciao Persona Invitata", "Hello Persona Invitata", "72");
        assertThat(LINK.matcher(text).find()).isTrue();
        assertThat(choose(linkIn(email), "a-fine-new-password")).endsWith("/login?activated");
        assertThat(http.userTokens(email, "a-fine-new-password").path("access_token").asString()).isNotBlank();
    }

    @Test
    void a_used_link_is_refused() {
        String email = invitee();
        invite(email);
        String link = linkIn(email);
        assertThat(choose(link, "the-first-password")).endsWith("/login?activated");

        HttpResponse<String> again = choosePage(link, "the-second-password");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("role=\"alert\"").contains("not valid any more");
        assertThat(http.userTokens(email, "the-first-password").path("access_token").asString()).isNotBlank();
    }

    @Test
    void a_link_older_than_72_hours_is_refused() {
        String email = invitee();
        invite(email);
        String link = linkIn(email);

        clock.advance(Duration.ofHours(72).plusMinutes(1));
        HttpResponse<String> late = choosePage(link, "a-password-too-late");

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("role=\"alert\"").contains("not valid any more");
    }

    private JsonNode invite(String email) {
        return http.payload(tokenFor("dealer2@canale.demo"), INVITE, Map.of("input", Map.of("partnerId",
                "ptn_bianchi_moto", "email", email, "displayName", "Persona Invitata", "role", "MEMBER")));
    }

    private static String invitee() {
        return "invited-" + UUID.randomUUID() + "@bianchi-moto.demo";
    }

    private static String linkIn(String email) {
        Matcher link = LINK.matcher(text(mailsTo(email).getLast()));
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private String choose(String link, String password) {
        return SignInForm.location(choosePage(link, password));
    }

    private HttpResponse<String> choosePage(String link, String password) {
        URI uri = URI.create(link);
        String token = link.substring(link.indexOf("token=") + 6);
        return new SignInForm(http.base(), "127.0.0.1").post("/invitation", uri.getRawPath() + "?" + uri.getRawQuery(),
                Map.of("token", token, "password", password, "confirmation", password));
    }
}
