package io.canale.portal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.CursorPager;
import java.util.stream.Stream;

/**
 * Connects a grid to a cursor-paged API list: the grid asks for offsets as the user scrolls, the pager
 * turns them into cursors. No count query: the grid learns the end of the data from a short page.
 */
public final class PagedGrids {

    private PagedGrids() {
    }

    /** Binds the grid lazily to the pager; returns the action that reloads it from the first page. */
    public static <T> Runnable bind(Grid<T> grid, CursorPager<T> pager) {
        grid.setPageSize(pager.pageSize());
        grid.setItems(query -> fetch(pager, query.getOffset(), query.getLimit()));
        return reload(grid, pager);
    }

    /**
     * As {@link #bind(Grid, CursorPager)}, with items told apart by {@code id} rather than by all their values: a
     * reload (e.g. a live refresh) then keeps the selected row and the rows whose details are open, though their
     * values changed. The grid asks again for the rows in view where it is scrolled to.
     */
    public static <T> Runnable bind(Grid<T> grid, CursorPager<T> pager, ValueProvider<T, ?> id) {
        grid.setPageSize(pager.pageSize());
        grid.setItems(query -> fetch(pager, query.getOffset(), query.getLimit())).setIdentifierProvider(id::apply);
        return reload(grid, pager);
    }

    private static <T> Runnable reload(Grid<T> grid, CursorPager<T> pager) {
        return () -> {
            pager.reset();
            grid.getDataProvider().refreshAll();
        };
    }

    private static <T> Stream<T> fetch(CursorPager<T> pager, int offset, int limit) {
        try {
            return pager.fetch(offset, limit);
        } catch (ApiException ex) {
            // Data is fetched while the response is written, outside the session's error handler.
            Notifications.apiError(ex);
            return Stream.empty();
        }
    }
}
