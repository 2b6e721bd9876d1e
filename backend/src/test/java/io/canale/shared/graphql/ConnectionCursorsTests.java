package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.InvalidCursorException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

/** Cursors are opaque, bound to their connection and read back strictly, without a server. */
class ConnectionCursorsTests {

    final KeysetCursors keysets = new KeysetCursors();

    @Test
    void a_position_comes_back_with_the_types_of_its_values() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("createdAt", Instant.parse("2026-11-23T10:15:30.123456Z"));
        keys.put("id", "lead & co = 50% \u00e8 \uD83D\uDE00");
        keys.put("rank", 7);
        keys.put("sequence", 9_000_000_000L);
        keys.put("active", true);
        keys.put("region", null);

        String cursor = ConnectionCursors.issue("Query.leads", keysets.toCursor(ScrollPosition.forward(keys)));
        ScrollPosition position = keysets.fromCursor(ConnectionCursors.open("Query.leads", cursor));

        assertThat(position).isInstanceOfSatisfying(KeysetScrollPosition.class, keyset -> {
            assertThat(keyset.scrollsForward()).isTrue();
            assertThat(keyset.getKeys()).containsExactlyEntriesOf(keys);
        });
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_cursor_opens_only_for_the_connection_that_issued_it() {
        String cursor = ConnectionCursors.issue("Query.partners", "name=s:Rossi&id=s:p-1");

        assertThat(ConnectionCursors.open("Query.partners", cursor)).isEqualTo("name=s:Rossi&id=s:p-1");
        assertThatThrownBy(() -> ConnectionCursors.open("Query.leads", cursor)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void an_edited_cursor_is_refused_or_still_names_the_same_position() {
        String position = "name=s:Rossi+Auto&id=s:p-17";
        String cursor = ConnectionCursors.issue("Query.partners", position);
        for (int at = 0; at < cursor.length(); at++) {
            char[] chars = cursor.toCharArray();
            chars[at] = chars[at] == 'A' ? 'B' : 'A';
            String edited = new String(chars);
            try {
                // Base64 ignores the spare bits of the last character: such an edit is the same cursor.
                assertThat(ConnectionCursors.open("Query.partners", edited)).as(edited).isEqualTo(position);
            } catch (InvalidCursorException expected) {
                // refused, as it should be
            }
        }
        assertThatThrownBy(() -> ConnectionCursors.open("Query.partners", cursor.substring(0, cursor.length() - 4)))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void anything_not_issued_by_us_is_refused() {
        for (String hostile : new String[] {"", "xyz", "=", "K_{\"name\":\"x\"}", "x".repeat(5_000), "\u00e8\u00e8",
                "YWJj", "YzF8UXVlcnkucGFydG5lcnN8MDAwMDAwMDB8bmFtZT1zOng"}) {
            assertThatThrownBy(() -> ConnectionCursors.open("Query.partners", hostile)).as(hostile)
                    .isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void a_position_that_is_not_ours_is_refused() {
        for (String hostile : new String[] {"", "name", "name=x:1", "name=s", "=s:x", "name=t:yesterday", "n=i:1.5",
                "n=l:99999999999999999999", "b=b:yes", "a=n:x", "a=s:1&a=s:2", "name=s:%zz", "&", "name=s:x&"}) {
            assertThatThrownBy(() -> keysets.fromCursor(hostile)).as(hostile).isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void only_positions_after_a_record_become_cursors() {
        assertThatThrownBy(() -> keysets.toCursor(ScrollPosition.keyset())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keysets.toCursor(ScrollPosition.offset(3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keysets.toCursor(ScrollPosition.forward(Map.of("at", new Object()))))
                .isInstanceOf(IllegalStateException.class);
    }
}
