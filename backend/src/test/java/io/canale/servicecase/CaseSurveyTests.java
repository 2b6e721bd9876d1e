package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.canale.support.IntegrationTestBase;
import io.canale.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Customer satisfaction without a mail server: closing a case leaves the survey link to its dealer (and staff) to
 * forward, never to the supplier or carrier; the public page takes one answer per link, refuses used, expired and
 * unknown links with a clear page and records nothing then; answers feed the figures of the dealer and the supplier.
 */
class CaseSurveyTests extends IntegrationTestBase {

    static final String ROSSI = "ptn_rossi_auto";
    static final String BIANCHI = "ptn_bianchi_moto";
    static final String GALLO = "ptn_gallo_ricambi";

    @Autowired
    MutableClock clock;

    SurveyCases cases;
    String dealer;
    String staff;

    @BeforeEach
    void tokens() {
        cases = new SurveyCases(http);
        dealer = tokenFor("dealer@canale.demo");
        staff = tokenFor("staff@canale.demo");
    }

    @Test
    void without_a_mail_server_the_dealer_and_staff_get_the_link_to_forward_and_the_supplier_and_carrier_do_not() {
        String id = cases.resolved(dealer, staff, Map.of("name", "Laura Neri", "email", "laura.neri@example.com"));
        http.payload(staff, "mutation($id: ID!, $v: Int!) { addServiceCaseParty(input: {id: $id, expectedVersion: $v, "
                + "partnerId: \"ptn_veloce_logistica\", role: CARRIER}) { userErrors { code } } }",
                Map.of("id", id, "v", cases.read(staff, id).path("version").asInt()));

        JsonNode closed = cases.close(dealer, id);

        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/survey/status").asString()).isEqualTo("TO_FORWARD");
        assertThat(closed.at("/survey/sentTo").isNull()).isTrue();
        String link = closed.at("/survey/link").asString();
        assertThat(link).startsWith("http://canale.test/survey/");
        assertThat(cases.read(staff, id).at("/survey/link").asString()).isEqualTo(link);
        assertThat(Duration.between(Instant.parse(closed.at("/survey/issuedAt").asString()),
                Instant.parse(closed.at("/survey/expiresAt").asString()))).isEqualTo(Duration.ofDays(30));
        for (String party : new String[] {"supplier2@canale.demo", "supplier2-system", "carrier@canale.demo"}) {
            JsonNode seen = cases.read(tokenFor(party.equals("supplier2-system") ? "supplier-system" : party), id);
            if (seen.isNull()) {
                continue; // supplier-system is Ferri's, which takes no part in this case
            }
            assertThat(seen.path("survey").isNull()).as(party).isTrue();
            assertThat(seen.path("timeline").findValuesAsString("event")).as(party).noneMatch(event -> event.startsWith("CASE_SURVEY"));
        }
        assertThat(cases.read(dealer, id).path("timeline").findValuesAsString("event")).contains("CASE_CLOSED", "CASE_SURVEY_TO_FORWARD");

        HttpResponse<String> italian = cases.page(SurveyCases.tokenOf(link), "it-IT,it;q=0.9");
        assertThat(italian.statusCode()).isEqualTo(200);
        assertThat(italian.body()).contains("Quanto \u00e8 soddisfatto di come Rossi", "name=\"score\"", "name=\"comment\"")
                .doesNotContain("_csrf");
        assertThat(italian.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("form-action 'self'", "default-src 'none'");
        assertThat(italian.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(italian.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        HttpResponse<String> recorded = cases.answer(SurveyCases.tokenOf(link), "4", "Quick and friendly");
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("/survey/thanks");
        assertThat(http.exchange("GET", "/survey/thanks", null, null, null, Map.of("Accept-Language", "en")).body())
                .contains("Your answer was recorded");

        JsonNode answered = cases.read(dealer, id);
        assertThat(answered.at("/survey/status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.at("/survey/score").asInt()).isEqualTo(4);
        assertThat(answered.at("/survey/comment").asString()).isEqualTo("Quick and friendly");
        assertThat(answered.at("/survey/link").isNull()).as("no link once answered").isTrue();
        assertThat(answered.path("timeline").findValuesAsString("event")).endsWith("CASE_SURVEY_ANSWERED");
        JsonNode asSupplier = cases.read(tokenFor("supplier2@canale.demo"), id);
        assertThat(asSupplier.path("survey").isNull()).isTrue();
        assertThat(asSupplier.path("timeline").findValuesAsString("event")).doesNotContain("CASE_SURVEY_ANSWERED");
    }

    @Test
    void a_reused_link_shows_a_clear_page_and_records_nothing() {
        String id = cases.resolved(dealer, staff, null);
        String token = SurveyCases.tokenOf(cases.close(dealer, id).at("/survey/link").asString());
        assertThat(cases.answer(token, "5", null).statusCode()).isEqualTo(303);
        JsonNode first = cases.read(dealer, id);

        HttpResponse<String> again = cases.answer(token, "1", "changed my mind");

        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("role=\"alert\"", "already answered");
        assertThat(cases.page(token, "en").statusCode()).isEqualTo(410);
        JsonNode after = cases.read(dealer, id);
        assertThat(after.path("version").asInt()).as("nothing written").isEqualTo(first.path("version").asInt());
        assertThat(after.at("/survey/score").asInt()).isEqualTo(5);
        assertThat(after.at("/survey/comment").isNull()).isTrue();
        assertThat(after.path("timeline").findValuesAsString("event").stream().filter("CASE_SURVEY_ANSWERED"::equals)).hasSize(1);
    }

    @Test
    void an_expired_link_is_refused_and_records_nothing() {
        String id = cases.resolved(dealer, staff, null);
        String token = SurveyCases.tokenOf(cases.close(dealer, id).at("/survey/link").asString());
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        try {
            HttpResponse<String> page = cases.page(token, "en");
            assertThat(page.statusCode()).isEqualTo(410);
            assertThat(page.body()).contains("role=\"alert\"", "expired").doesNotContain("name=\"score\"");
            assertThat(cases.answer(token, "3", null).statusCode()).isEqualTo(410);
            JsonNode after = cases.read(dealer, id);
            assertThat(after.at("/survey/status").asString()).isEqualTo("EXPIRED");
            assertThat(after.at("/survey/link").isNull()).as("an expired link is not shown to forward").isTrue();
            assertThat(after.at("/survey/answeredAt").isNull()).isTrue();
        } finally {
            clock.advance(Duration.ofDays(-30).minusMinutes(1)); // the clock is shared by every test of the context
        }
    }

    @Test
    void an_unknown_or_malformed_link_answers_not_found_and_bad_input_records_nothing() {
        assertThat(cases.page("A".repeat(43), "en").statusCode()).isEqualTo(404);
        assertThat(cases.page("A".repeat(43), "en").body()).contains("not valid");
        assertThat(cases.page("not-a-token", "en").statusCode()).isEqualTo(404);
        assertThat(cases.answer("A".repeat(43), "5", null).statusCode()).isEqualTo(404);

        String id = cases.resolved(dealer, staff, null);
        String token = SurveyCases.tokenOf(cases.close(dealer, id).at("/survey/link").asString());
        int version = cases.read(dealer, id).path("version").asInt();
        HttpResponse<String> noScore = cases.answer(token, "6", null);
        assertThat(noScore.statusCode()).isEqualTo(400);
        assertThat(noScore.body()).contains("Choose a score from 1 to 5");
        assertThat(cases.answer(token, "3", "x".repeat(2_001)).statusCode()).isEqualTo(400);
        assertThat(cases.read(dealer, id).path("version").asInt()).isEqualTo(version);
        assertThat(cases.answer(token, "3", null).statusCode()).as("the link still works").isEqualTo(303);
    }

    @Test
    void a_case_closed_again_after_reopening_replaces_an_unanswered_link() {
        String id = cases.resolved(dealer, staff, null);
        String first = SurveyCases.tokenOf(cases.close(dealer, id).at("/survey/link").asString());
        JsonNode reopened = cases.step(dealer, SurveyCases.REOPEN, id, cases.read(dealer, id).path("version").asInt());
        cases.step(staff, SurveyCases.RESOLVE, id, reopened.path("version").asInt());

        String second = SurveyCases.tokenOf(cases.close(staff, id).at("/survey/link").asString());

        assertThat(second).isNotEqualTo(first);
        assertThat(cases.page(first, "en").statusCode()).isEqualTo(404);
        assertThat(cases.answer(second, "2", null).statusCode()).isEqualTo(303);
    }

    @Test
    void answers_feed_the_figures_of_the_dealer_and_the_supplier_with_a_monthly_trend() {
        String bianchi = tokenFor("dealer2@canale.demo");
        JsonNode rossiBefore = cases.figures(dealer, null, 1);
        JsonNode galloBefore = cases.figures(staff, GALLO, 1);
        JsonNode bianchiBefore = cases.figures(bianchi, null, 1);
        answer(cases.resolved(dealer, staff, null), dealer, "5");
        answer(cases.resolved(bianchi, staff, null), bianchi, "2");

        JsonNode rossi = cases.figures(dealer, null, 1);
        assertThat(rossi.path("partnerId").asString()).isEqualTo(ROSSI);
        assertThat(rossi.path("count").asInt()).isEqualTo(rossiBefore.path("count").asInt() + 1);
        assertThat(rossi.path("average").asDouble()).isCloseTo(averageWith(rossiBefore, 5), within(0.01));
        JsonNode gallo = cases.figures(tokenFor("supplier2@canale.demo"), null, 1);
        assertThat(gallo.path("partnerId").asString()).isEqualTo(GALLO);
        assertThat(gallo.path("count").asInt()).as("the supplier's cases of both dealers").isEqualTo(galloBefore.path("count").asInt() + 2);
        assertThat(cases.figures(bianchi, BIANCHI, 1).path("count").asInt()).isEqualTo(bianchiBefore.path("count").asInt() + 1);
        assertThat(cases.figures(staff, null, 1).path("count").asInt()).isGreaterThanOrEqualTo(gallo.path("count").asInt());

        // Next month: the trend shows both months, the older first.
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        Duration toNextMonth = Duration.between(now, thisMonth.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)).plusHours(1);
        clock.advance(toNextMonth);
        try {
            JsonNode nextBefore = cases.figures(dealer, null, 2);
            answer(cases.resolved(dealer, staff, null), dealer, "3");
            JsonNode trend = cases.figures(dealer, null, 2).path("trend");
            assertThat(trend.findValuesAsString("month")).containsExactly(thisMonth.toString(), thisMonth.plusMonths(1).toString());
            assertThat(trend.at("/0/count").asInt()).isEqualTo(rossi.path("count").asInt());
            assertThat(trend.at("/1/count").asInt()).isEqualTo(nextBefore.at("/trend/1/count").asInt() + 1);
        } finally {
            clock.advance(toNextMonth.negated()); // the clock is shared by every test of the context
        }
    }

    @Test
    void staff_read_the_figures_of_every_dealer_and_supplier_and_a_partner_only_its_own() {
        String bianchi = tokenFor("dealer2@canale.demo");
        answer(cases.resolved(dealer, staff, null), dealer, "4");
        answer(cases.resolved(bianchi, staff, null), bianchi, "1");

        Map<String, JsonNode> all = cases.byPartner(staff, 1);
        assertThat(all).containsKeys(ROSSI, BIANCHI, GALLO);
        for (String partner : List.of(ROSSI, BIANCHI, GALLO)) {
            JsonNode alone = cases.figures(staff, partner, 1);
            for (String field : List.of("months", "average", "count", "trend")) {
                assertThat(all.get(partner).path(field)).as(partner + " " + field).isEqualTo(alone.path(field));
            }
        }
        assertThat(all.get(GALLO).at("/partner/name").asString()).isNotBlank().isNotEqualTo("?");
        List<Double> averages = all.values().stream().map(partner -> partner.path("average").asDouble()).toList();
        assertThat(averages).as("the lowest average first").isSorted();

        assertThat(cases.byPartner(dealer, 1)).containsOnlyKeys(ROSSI);
        assertThat(cases.byPartner(tokenFor("dealer-system"), 1)).containsOnlyKeys(ROSSI);
        assertThat(cases.byPartner(bianchi, 1)).containsOnlyKeys(BIANCHI);
        assertThat(cases.byPartner(tokenFor("supplier2@canale.demo"), 1)).containsOnlyKeys(GALLO);
        Map<String, JsonNode> ferri = cases.byPartner(tokenFor("supplier@canale.demo"), 1);
        assertThat(ferri).as("a partner's own figures, also without answers").containsOnlyKeys("ptn_ferri_componenti");
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), SurveyCases.BY_PARTNER, Map.of("m", 1));
        http.expectError("FORBIDDEN", tokenFor("carrier-system"), SurveyCases.BY_PARTNER, Map.of("m", 1));
        http.expectError("BAD_USER_INPUT", staff, SurveyCases.BY_PARTNER, Map.of("m", 25));
    }

    @Test
    void figures_are_a_partners_own_and_links_stay_with_their_case() {
        http.expectError("NOT_FOUND", tokenFor("dealer2@canale.demo"), SurveyCases.FIGURES, Map.of("p", ROSSI, "m", 6));
        http.expectError("NOT_FOUND", tokenFor("dealer2-system"), SurveyCases.FIGURES, Map.of("p", ROSSI, "m", 6));
        http.expectError("NOT_FOUND", tokenFor("supplier@canale.demo"), SurveyCases.FIGURES, Map.of("p", GALLO, "m", 6));
        http.expectError("NOT_FOUND", tokenFor("supplier-system"), SurveyCases.FIGURES, Map.of("p", GALLO, "m", 6));
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), SurveyCases.FIGURES, Map.of("m", 6));
        http.expectError("BAD_USER_INPUT", dealer, SurveyCases.FIGURES, Map.of("m", 25));
        http.expectError("BAD_USER_INPUT", dealer, SurveyCases.FIGURES, Map.of("m", 0));
        assertThat(cases.figures(staff, ROSSI, 24).path("trend").size()).isEqualTo(24);

        String id = cases.resolved(dealer, staff, Map.of("name", "Laura Neri", "email", "laura.neri@example.com"));
        cases.close(dealer, id);
        for (String outsider : new String[] {"dealer2@canale.demo", "dealer2-system", "supplier@canale.demo", "supplier-system",
                "carrier@canale.demo"}) {
            assertThat(cases.read(tokenFor(outsider), id).isNull()).as(outsider).isTrue();
        }
        assertThat(cases.read(tokenFor("dealer-system"), id).at("/survey/link").asString()).as("the dealer's own system forwards it too")
                .contains("/survey/");
    }

    private void answer(String id, String dealerToken, String score) {
        String token = SurveyCases.tokenOf(cases.close(dealerToken, id).at("/survey/link").asString());
        assertThat(cases.answer(token, score, null).statusCode()).isEqualTo(303);
    }

    private static double averageWith(JsonNode before, int score) {
        int count = before.path("count").asInt();
        double sum = before.path("average").isNull() ? 0 : before.path("average").asDouble() * count;
        return (sum + score) / (count + 1);
    }
}
