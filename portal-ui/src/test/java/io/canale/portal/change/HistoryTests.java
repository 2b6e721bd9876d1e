package io.canale.portal.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import io.canale.portal.api.RecordType;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A record's history read from the API, its fields shown in words (more in {@link FieldLabelsTests}). */
class HistoryTests {

    @Test
    void reads_a_page_of_changes_of_the_record() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andExpect(jsonPath("$.variables.recordId").value("ord-1"))
                .andExpect(jsonPath("$.variables.first").value(HistoryApi.PAGE_SIZE))
                .andRespond(MockApi.data("""
                        {"history": {"edges": [{"cursor": "c1", "node": {"sequence": "7", "recordType": "ORDER", "changeType": "UPDATED",
                          "at": "2026-12-07T10:15:00Z", "actor": {"name": "Ferri Componenti"},
                          "fields": [{"path": "status", "before": "\\"SUBMITTED\\"", "after": "\\"CONFIRMED\\""}]}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<Change> page = new HistoryApi(backend.api()).page("ord-1", null);

        Change change = page.nodes().getFirst();
        assertThat(change.actor().name()).isEqualTo("Ferri Componenti");
        assertThat(change.changeType()).isEqualTo(Change.Type.UPDATED);
        assertThat(change.recordType()).isEqualTo(RecordType.ORDER);
        assertThat(FieldLabels.of(Locale.ENGLISH, ZoneOffset.UTC).lines(change.recordType(), change.fields()))
                .containsExactly(new FieldLabels.Line("status", "Status", "Submitted → Confirmed"));
    }

    @Test
    void a_record_whose_history_the_reader_may_not_see_has_none() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andRespond(withSuccess("""
                {"errors": [{"message": "no such record", "path": ["history"], "extensions": {"code": "NOT_FOUND"}}],
                 "data": null}
                """, MediaType.APPLICATION_JSON));

        assertThat(new HistoryApi(backend.api()).page("nobody-knows", null)).isNull();
    }

    @Test
    void other_errors_still_fail() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andRespond(withSuccess("""
                {"errors": [{"message": "bad cursor", "path": ["history"], "extensions": {"code": "BAD_REQUEST"}}],
                 "data": null}
                """, MediaType.APPLICATION_JSON));

        ApiException failed = catchThrowableOfType(ApiException.class,
                () -> new HistoryApi(backend.api()).page("ord-1", "x"));
        assertThat(failed.code()).isEqualTo("BAD_REQUEST");
    }
}
