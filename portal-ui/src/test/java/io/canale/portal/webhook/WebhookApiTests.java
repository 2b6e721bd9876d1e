package io.canale.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.MockApi;
import io.canale.portal.api.RecordType;
import io.canale.portal.api.UserErrorCode;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** What the webhook screens send to the API and read from it, and the replay start they accept. */
class WebhookApiTests {

    private final MockApi backend = MockApi.start();
    private final WebhookApi api = new WebhookApi(backend.api());

    @Test
    void registering_sends_the_url_the_kinds_of_records_and_no_blank_description_and_reads_the_secret() {
        backend.expectRequest()
                .andExpect(jsonPath("$.query", Matchers.containsString("mutation registerWebhookEndpoint")))
                .andExpect(jsonPath("$.variables.input.url").value("https://erp.example.com/hook"))
                .andExpect(jsonPath("$.variables.input.recordTypes[0]").value("ORDER"))
                .andExpect(jsonPath("$.variables.input.recordTypes[1]").value("SERVICE_CASE"))
                .andExpect(jsonPath("$.variables.input.description").doesNotExist())
                .andRespond(MockApi.data("""
                        {"registerWebhookEndpoint": {"webhookEndpoint": {"id": "whk_1", "url": "https://erp.example.com/hook"},
                          "secret": "whsec_abc", "userErrors": []}}
                        """));

        WebhookPayloads.WithSecret payload = api.register(" https://erp.example.com/hook ",
                List.of(RecordType.ORDER, RecordType.SERVICE_CASE), "  ");

        assertThat(payload.succeeded()).isTrue();
        assertThat(payload.secret()).isEqualTo("whsec_abc");
        backend.verify();
    }

    @Test
    void a_refused_url_comes_back_as_a_typed_error_at_its_field() {
        backend.expectRequest().andRespond(MockApi.data("""
                {"registerWebhookEndpoint": {"webhookEndpoint": null, "secret": null,
                  "userErrors": [{"field": ["input", "url"], "code": "NOT_ALLOWED", "message": "private address"}]}}
                """));

        WebhookPayloads.WithSecret payload = api.register("https://10.0.0.1/hook", List.of(RecordType.LEAD), null);

        assertThat(payload.succeeded()).isFalse();
        assertThat(payload.userErrors().getFirst().field()).containsExactly("input", "url");
        assertThat(payload.userErrors().getFirst().code()).isEqualTo(UserErrorCode.NOT_ALLOWED);
    }

    @Test
    void the_own_partner_s_endpoints_are_asked_without_a_partner_and_an_endpoint_reads_its_log_and_actions() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.partnerId").value(Matchers.nullValue()))
                .andRespond(MockApi.data("""
                        {"webhookEndpoints": [{"id": "whk_1", "url": "https://erp.example.com/hook", "description": "",
                          "recordTypes": ["ORDER"], "status": "FAILING", "deliveredThrough": "41", "failures": 10,
                          "nextAttemptAt": null, "createdAt": "2026-12-07T10:00:00Z"}]}
                        """));
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.id").value("whk_1"))
                .andRespond(MockApi.data("""
                        {"webhookEndpoint": {"id": "whk_1", "url": "https://erp.example.com/hook", "description": "",
                          "recordTypes": ["ORDER"], "status": "FAILING", "deliveredThrough": "41", "failures": 10,
                          "nextAttemptAt": null, "previousSecretExpiresAt": null, "createdAt": "2026-12-07T10:00:00Z",
                          "deliveries": [{"sequence": "42", "at": "2026-12-07T10:15:00Z", "attempt": 10, "statusCode": 503,
                            "error": "HTTP 503", "durationMillis": 120, "succeeded": false}],
                          "viewerCan": {"rotateSecret": true, "disable": true, "enable": true, "delete": true, "replay": true}}}
                        """));

        assertThat(api.endpoints(null)).singleElement().extracting(WebhookEndpoint::status).isEqualTo(WebhookEndpoint.Status.FAILING);
        WebhookEndpoint endpoint = api.endpoint("whk_1");

        assertThat(endpoint.deliveries()).containsExactly(new WebhookEndpoint.Delivery("42",
                Instant.parse("2026-12-07T10:15:00Z"), 10, 503, "HTTP 503", 120, false));
        assertThat(endpoint.viewerCan().enable()).isTrue();
        backend.verify();
    }

    @Test
    void a_replay_sends_the_sequence_as_the_api_s_decimal_text() {
        backend.expectRequest()
                .andExpect(jsonPath("$.variables.input.id").value("whk_1"))
                .andExpect(jsonPath("$.variables.input.fromSequence").value("9007199254740993"))
                .andRespond(MockApi.data("""
                        {"replayWebhookDeliveries": {"webhookEndpoint": {"id": "whk_1", "status": "ACTIVE"}, "userErrors": []}}
                        """));

        assertThat(api.replay("whk_1", 9_007_199_254_740_993L).succeeded()).isTrue();
        backend.verify();
    }

    @Test
    void a_replay_starts_at_a_whole_number_from_one() {
        assertThat(ReplayStart.parse(" 42 ")).hasValue(42);
        assertThat(ReplayStart.parse("1")).hasValue(1);
        assertThat(ReplayStart.parse("0")).isEmpty();
        assertThat(ReplayStart.parse("")).isEmpty();
        assertThat(ReplayStart.parse("-3")).isEmpty();
        assertThat(ReplayStart.parse("4.5")).isEmpty();
        assertThat(ReplayStart.parse("99999999999999999999")).as("beyond a sequence").isEmpty();
        assertThat(ReplayStart.parse(null)).isEmpty();
    }
}
