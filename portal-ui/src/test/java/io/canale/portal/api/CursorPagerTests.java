package io.canale.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorPagerTests {

    /** A keyset-paged list of {@code size} items named by position; the cursor is the item's position. */
    static final class FakeConnection implements CursorPager.PageSource<String> {

        final int size;
        final List<String> requests = new ArrayList<>();

        FakeConnection(int size) {
            this.size = size;
        }

        @Override
        public Connection<String> fetch(int first, String after) {
            requests.add(first + " after " + after);
            int start = after == null ? 0 : Integer.parseInt(after) + 1;
            int end = Math.min(start + first, size);
            List<Connection.Edge<String>> edges = IntStream.range(start, end)
                    .mapToObj(i -> new Connection.Edge<>(String.valueOf(i), "item" + i)).toList();
            String endCursor = edges.isEmpty() ? null : edges.getLast().cursor();
            return new Connection<>(edges, new Connection.PageInfo(end < size, endCursor));
        }
    }

    private static List<String> items(int from, int toExclusive) {
        return IntStream.range(from, toExclusive).mapToObj(i -> "item" + i).toList();
    }

    @Test
    void first_page_is_one_request_from_the_start() {
        FakeConnection api = new FakeConnection(120);
        CursorPager<String> pager = new CursorPager<>(50, api);

        assertThat(pager.fetch(0, 50)).containsExactlyElementsOf(items(0, 50));
        assertThat(api.requests).containsExactly("50 after null");
    }

    @Test
    void next_page_starts_after_the_remembered_cursor() {
        FakeConnection api = new FakeConnection(120);
        CursorPager<String> pager = new CursorPager<>(50, api);

        pager.fetch(0, 50).toList();
        assertThat(pager.fetch(50, 50)).containsExactlyElementsOf(items(50, 100));
        assertThat(api.requests).containsExactly("50 after null", "50 after 49");
    }

    @Test
    void jump_past_the_known_pages_walks_forward_page_by_page() {
        FakeConnection api = new FakeConnection(120);
        CursorPager<String> pager = new CursorPager<>(50, api);

        assertThat(pager.fetch(100, 50)).containsExactlyElementsOf(items(100, 120));
        assertThat(api.requests).containsExactly("50 after null", "50 after 49", "50 after 99");
    }

    @Test
    void range_across_a_page_boundary_joins_two_pages() {
        FakeConnection api = new FakeConnection(100);
        CursorPager<String> pager = new CursorPager<>(20, api);

        assertThat(pager.fetch(10, 20)).containsExactlyElementsOf(items(10, 30));
        assertThat(api.requests).containsExactly("20 after null", "20 after 19");
    }

    @Test
    void end_of_data_gives_a_short_page_and_no_further_requests() {
        FakeConnection api = new FakeConnection(46);
        CursorPager<String> pager = new CursorPager<>(20, api);

        assertThat(pager.fetch(40, 20)).containsExactlyElementsOf(items(40, 46));
        int requests = api.requests.size();
        assertThat(pager.fetch(60, 20)).isEmpty();
        assertThat(pager.fetch(100, 20)).isEmpty();
        assertThat(api.requests).hasSize(requests);
    }

    @Test
    void empty_list_answers_empty() {
        CursorPager<String> pager = new CursorPager<>(50, new FakeConnection(0));

        assertThat(pager.fetch(0, 50)).isEmpty();
    }

    @Test
    void reset_forgets_the_cursors() {
        FakeConnection api = new FakeConnection(120);
        CursorPager<String> pager = new CursorPager<>(50, api);
        pager.fetch(50, 50).toList();
        api.requests.clear();

        pager.reset();
        pager.fetch(50, 50).toList();

        assertThat(api.requests).containsExactly("50 after null", "50 after 49");
    }

    @Test
    void page_size_must_suit_the_api() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CursorPager<>(101, new FakeConnection(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new CursorPager<>(0, new FakeConnection(1)));
    }
}
