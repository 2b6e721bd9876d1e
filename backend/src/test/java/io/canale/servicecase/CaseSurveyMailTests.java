package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.MailTestBase;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * With a mail server (GreenMail), closing a case mails the survey link to the end customer: the link is then nobody
 * else's to see, and it records one answer however often (or however simultaneously) the form is sent.
 */
class CaseSurveyMailTests extends MailTestBase {

    static final Pattern LINK = Pattern.compile("http\\S+/survey/([A-Za-z0-9_-]{43})");

    @Test
    void closing_mails_the_link_to_the_end_customer_and_the_answer_is_recorded_once() throws Exception {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        SurveyCases cases = new SurveyCases(http);
        String email = "customer-" + UUID.randomUUID() + "@example.com";
        String id = cases.resolved(dealer, staff, Map.of("name", "Laura Neri", "email", email));

        JsonNode closed = cases.close(staff, id);

        assertThat(closed.at("/survey/status").asString()).isEqualTo("MAILED");
        assertThat(closed.at("/survey/sentTo").asString()).isEqualTo(email);
        assertThat(closed.at("/survey/link").isNull()).as("a mailed link is the customer's alone").isTrue();
        assertThat(cases.read(dealer, id).at("/survey/link").isNull()).isTrue();
        assertThat(cases.read(dealer, id).path("timeline").findValuesAsString("event")).contains("CASE_SURVEY_MAILED");
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        String text = text(mails.getFirst());
        assertThat(text).contains("Gentile Laura Neri", "Hello Laura Neri", "Rossi");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        // A double submit: both at once, then once more. One answer is recorded.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> cases.answer(token, "5", "first").statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> cases.answer(token, "1", "second").statusCode());
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(303, 410);
        assertThat(cases.answer(token, "2", "third").statusCode()).isEqualTo(410);

        JsonNode answered = cases.read(staff, id);
        assertThat(answered.at("/survey/status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.path("timeline").findValuesAsString("event").stream().filter("CASE_SURVEY_ANSWERED"::equals)).hasSize(1);
        assertThat(answered.at("/survey/comment").asString()).isIn("first", "second");
        assertThat(answered.at("/survey/score").asInt()).isEqualTo(answered.at("/survey/comment").asString().equals("first") ? 5 : 1);
        assertThat(mailsTo(email)).as("no second mail").hasSize(1);
    }

    @Test
    void a_case_without_the_customers_address_leaves_the_link_to_the_dealer_even_with_a_mail_server() {
        String dealer = tokenFor("dealer@canale.demo");
        SurveyCases cases = new SurveyCases(http);
        String id = cases.resolved(dealer, tokenFor("staff@canale.demo"), Map.of("name", "Mario Verdi"));

        JsonNode closed = cases.close(dealer, id);

        assertThat(closed.at("/survey/status").asString()).isEqualTo("TO_FORWARD");
        assertThat(closed.at("/survey/link").asString()).contains("/survey/");
        assertThat(cases.read(tokenFor("supplier2@canale.demo"), id).path("survey").isNull()).isTrue();
    }
}
