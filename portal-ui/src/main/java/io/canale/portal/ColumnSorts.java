package io.canale.portal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Grid headers that sort through the API: a sortable column's key names the column of the API's sort enum, whose
 * constants are {@code <COLUMN>_ASC} and {@code <COLUMN>_DESC} (e.g. {@code OrderSort.NUMBER_DESC}). A click on a header
 * tells the view the sort to send (null when the sort was cleared: the date order again); the view reloads from the
 * first page (the pager's cursors belong to one sort). Nothing is sorted in memory.
 *
 * @param <S> the API's sort enum
 */
public final class ColumnSorts<S extends Enum<S>> {

    private final Grid<?> grid;
    private final Class<S> type;
    private S current;

    /** Listens to the grid's headers; {@code changed} hears each new sort, also one restored by {@link #restore}. */
    public <T> ColumnSorts(Grid<T> grid, Class<S> type, Consumer<S> changed) {
        this.grid = grid;
        this.type = type;
        grid.addSortListener(event -> {
            List<GridSortOrder<T>> orders = event.getSortOrder();
            current = orders.isEmpty() ? null : of(orders.getFirst().getSorted().getKey(),
                    orders.getFirst().getDirection() == SortDirection.ASCENDING);
            changed.accept(current);
        });
    }

    /** The sort the headers show, null for none. */
    public S current() {
        return current;
    }

    /** Shows a remembered sort on its header (and hands it to the listener); nothing for null or a column not shown. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void restore(S sort) {
        if (sort == null || grid.getColumnByKey(column(sort)) == null) {
            return;
        }
        Grid.Column column = grid.getColumnByKey(column(sort));
        ((Grid) grid).sort(List.of(new GridSortOrder<>(column, sort.name().endsWith("_ASC") ? SortDirection.ASCENDING
                : SortDirection.DESCENDING)));
    }

    private S of(String column, boolean ascending) {
        return Enum.valueOf(type, column + (ascending ? "_ASC" : "_DESC"));
    }

    static String column(Enum<?> sort) {
        return sort.name().substring(0, sort.name().lastIndexOf('_'));
    }
}
