package io.canale.portal.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.Connection;
import io.canale.portal.api.MockApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A record's history read from the API, and its values shown in words. */
class HistoryTests {

    @Test
    void reads_a_page_of_changes_of_the_record() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andExpect(jsonPath("$.variables.recordId").value("ord-1"))
                .andExpect(jsonPath("$.variables.first").value(HistoryApi.PAGE_SIZE))
                .andRespond(MockApi.data("""
                        {"history": {"edges": [{"cursor": "c1", "node": {"sequence": "7", "changeType": "UPDATED",
                          "at": "2026-12-07T10:15:00Z", "actor": {"name": "Ferri Componenti"},
                          "fields": [{"path": "status", "before": "\\"SUBMITTED\\"", "after": "\\"CONFIRMED\\""}]}}],
                          "pageInfo": {"hasNextPage": false, "endCursor": "c1"}}}
                        """));

        Connection<Change> page = new HistoryApi(backend.api()).page("ord-1", null);

        Change change = page.nodes().getFirst();
        assertThat(change.actor().name()).isEqualTo("Ferri Componenti");
        assertThat(change.changeType()).isEqualTo(Change.Type.UPDATED);
        assertThat(FieldValues.beforeAndAfter(change.fields().getFirst(), "(none)")).isEqualTo("SUBMITTED → CONFIRMED");
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

    @Test
    void values_read_without_json_quotes() {
        assertThat(JsonValues.readable("\"Via Roma 1\"")).isEqualTo("Via Roma 1");
        assertThat(JsonValues.readable("12.50")).isEqualTo("12.50");
        assertThat(JsonValues.readable("true")).isEqualTo("true");
        assertThat(JsonValues.readable("[\"EMAIL\",\"PHONE\"]")).isEqualTo("[\"EMAIL\",\"PHONE\"]");
        assertThat(JsonValues.readable("null")).isNull();
        assertThat(JsonValues.readable(null)).isNull();
    }

    @Test
    void a_field_shows_before_and_after_or_only_its_first_value() {
        assertThat(FieldValues.beforeAndAfter(new Change.FieldChange("lines.0.quantity", "2", "5"), "(none)"))
                .isEqualTo("2 → 5");
        assertThat(FieldValues.beforeAndAfter(new Change.FieldChange("lines.0.sku", null, "\"FRN-PAD-001\""), "(none)"))
                .isEqualTo("FRN-PAD-001");
        assertThat(FieldValues.beforeAndAfter(new Change.FieldChange("reason", "\"late\"", null), "(none)"))
                .isEqualTo("late → (none)");
    }
}
