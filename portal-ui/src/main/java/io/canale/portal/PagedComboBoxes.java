package io.canale.portal;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.Query;
import io.canale.portal.api.Connection;
import io.canale.portal.api.CursorPager;
import io.canale.portal.api.Paging;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Connects a combo box to a cursor-paged API list searched by text (a partner by name, ...): the box asks
 * for offsets as the list scrolls, a pager per search text turns them into cursors.
 */
public final class PagedComboBoxes {

    /** Fetches at most {@code first} items containing {@code text} after the cursor {@code after}. */
    @FunctionalInterface
    public interface SearchSource<T> {
        Connection<T> fetch(int first, String after, String text);
    }

    private PagedComboBoxes() {
    }

    public static <T> void bind(ComboBox<T> box, Paging paging, SearchSource<T> source) {
        box.setItems(new SearchPagers<>(paging, source)::fetch);
    }

    /** A new search text starts a new pager: the cursors belong to the old text. */
    private static final class SearchPagers<T> {

        private final Paging paging;
        private final SearchSource<T> source;
        private CursorPager<T> pager;
        private String text;

        SearchPagers(Paging paging, SearchSource<T> source) {
            this.paging = paging;
            this.source = source;
        }

        Stream<T> fetch(Query<T, String> query) {
            String filter = query.getFilter().orElse("");
            if (pager == null || !Objects.equals(filter, text)) {
                text = filter;
                pager = paging.pager((first, after) -> source.fetch(first, after, filter));
            }
            return pager.fetch(query.getOffset(), query.getLimit());
        }
    }
}
