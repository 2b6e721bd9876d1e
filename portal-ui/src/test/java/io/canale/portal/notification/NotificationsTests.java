package io.canale.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;

import io.canale.portal.api.MockApi;
import io.canale.portal.api.RecordType;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Notifications read from the API, said in the reader's words, and leading to their records' pages. */
class NotificationsTests {

    @Test
    void reads_a_page_and_the_unread_count_and_marks_read() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andExpect(jsonPath("$.variables.first").value(20))
                .andRespond(MockApi.data("""
                        {"notifications": {"edges": [{"cursor": "c1", "node": {"id": "n1", "kind": "ORDER_TO_ANSWER",
                          "recordType": "ORDER", "recordId": "ord-1", "detail": null, "at": "2026-12-07T10:15:00Z",
                          "read": false}}], "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));
        backend.expectRequest().andRespond(MockApi.data("{\"unreadNotifications\": 3}"));
        backend.expectRequest().andExpect(jsonPath("$.variables.input.ids[0]").value("n1"))
                .andRespond(MockApi.data("{\"markNotificationsRead\": {\"marked\": 1, \"userErrors\": []}}"));
        NotificationApi api = new NotificationApi(backend.api());

        Notice notice = api.page(20, null).nodes().getFirst();
        assertThat(notice).isEqualTo(new Notice("n1", NotificationKind.ORDER_TO_ANSWER, RecordType.ORDER, "ord-1", null,
                Instant.parse("2026-12-07T10:15:00Z"), false, null));
        assertThat(api.unread()).isEqualTo(3);
        assertThat(api.markRead(List.of("n1"))).isEqualTo(1);
        backend.verify();
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void every_kind_is_said_in_english_and_italian(NotificationKind kind) {
        Notice notice = notice(kind, RecordType.ORDER, null);
        for (Locale locale : List.of(Locale.ROOT, Locale.ITALIAN)) {
            assertThat(what(notice, locale)).as(locale.toString()).doesNotContain("notification.kind").isNotBlank();
        }
    }

    @Test
    void a_notification_reads_in_the_readers_language() {
        assertThat(what(notice(NotificationKind.LEAD_ROUTED, RecordType.LEAD, null), Locale.ROOT))
                .isEqualTo("Lead routed to you");
        assertThat(what(notice(NotificationKind.ORDER_TO_ANSWER, RecordType.ORDER, null), Locale.ITALIAN))
                .isEqualTo("Ordine da confermare");
        assertThat(what(notice(NotificationKind.SLA_WARNING, RecordType.SERVICE_CASE, "RESOLUTION:WARNING"), Locale.ROOT))
                .isEqualTo("Service level warning: resolution nearly used up");
        assertThat(what(notice(NotificationKind.SLA_WARNING, RecordType.SERVICE_CASE, "FIRST_RESPONSE:BREACHED"), Locale.ITALIAN))
                .isEqualTo("Avviso sui livelli di servizio: prima risposta mancata");
    }

    @Test
    void a_notification_leads_to_its_records_page() {
        assertThat(NotificationLinks.routeOf(notice(NotificationKind.LEAD_ROUTED, RecordType.LEAD, null))).isEqualTo("leads/r1");
        assertThat(NotificationLinks.routeOf(notice(NotificationKind.ORDER_TO_ANSWER, RecordType.ORDER, null))).isEqualTo("orders/r1");
        assertThat(NotificationLinks.routeOf(notice(NotificationKind.CASE_WAITING_ON_YOU, RecordType.SERVICE_CASE, null)))
                .isEqualTo("service-cases/r1");
        assertThat(NotificationLinks.routeOf(notice(NotificationKind.SHIPMENT_HANDED_OVER, RecordType.ORDER, null)))
                .as("a carrier's shipment board").isEqualTo("shipments");
        assertThat(NotificationLinks.routeOf(notice(NotificationKind.ORDER_TO_ANSWER, RecordType.PRICE_LIST, null))).isNull();
    }

    private String what(Notice notice, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return NotificationTexts.what(notice, (key, parameters) -> new MessageFormat(bundle.getString(key), locale)
                .format(parameters));
    }

    private static Notice notice(NotificationKind kind, RecordType type, String detail) {
        return new Notice("n1", kind, type, "r1", detail, Instant.parse("2026-12-07T10:15:00Z"), false, null);
    }
}
