package io.canale.portal;

import com.vaadin.flow.component.combobox.ComboBox;
import io.canale.portal.api.Connection;
import io.canale.portal.api.CursorPager;
import io.canale.portal.api.Paging;
import java.util.Objects;

/**
 * Connects a combo box to a cursor-paged API search: the typed text is the API's filter, and the list
 * pages through cursors as it scrolls. A new text starts a new pager, as its cursors belong to the old one.
 */
public final class PagedComboBoxes {

    /** Fetches at most {@code first} matches of the text after the cursor {@code after}. */
    @FunctionalInterface
    public interface Search<T> {
        Connection<T> fetch(String text, int first, String after);
    }

    private PagedComboBoxes() {
    }

    public static <T> void bind(ComboBox<T> comboBox, Paging paging, Search<T> search) {
        var state = new Object() {
            CursorPager<T> pager;
            String text;
        };
        comboBox.setItems(query -> {
            String text = query.getFilter().orElse("");
            if (state.pager == null || !Objects.equals(text, state.text)) {
                state.text = text;
                state.pager = paging.pager((first, after) -> search.fetch(text, first, after));
            }
            return state.pager.fetch(query.getOffset(), query.getLimit());
        });
    }
}
