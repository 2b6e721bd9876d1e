package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sortable header's key and direction become the API's sort constant, and a remembered sort shows on its header. */
class ColumnSortsTests {

    enum Sort {
        NUMBER_ASC, NUMBER_DESC, CLOSE_DATE_ASC, CLOSE_DATE_DESC
    }

    final Grid<String> grid = new Grid<>();
    final List<Sort> heard = new ArrayList<>();

    ColumnSorts<Sort> sorts() {
        grid.addColumn(text -> text).setKey("NUMBER").setSortable(true);
        grid.addColumn(text -> text).setKey("CLOSE_DATE").setSortable(true);
        return new ColumnSorts<>(grid, Sort.class, heard::add);
    }

    @Test
    void a_header_sorted_either_way_is_the_apis_sort_and_no_sort_is_null() {
        ColumnSorts<Sort> sorts = sorts();
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("CLOSE_DATE"), SortDirection.DESCENDING)));
        assertThat(sorts.current()).isEqualTo(Sort.CLOSE_DATE_DESC);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("NUMBER"), SortDirection.ASCENDING)));
        grid.sort(List.of());
        assertThat(heard).containsExactly(Sort.CLOSE_DATE_DESC, Sort.NUMBER_ASC, null);
        assertThat(sorts.current()).isNull();
    }

    @Test
    void a_remembered_sort_shows_on_its_header_and_reaches_the_view() {
        ColumnSorts<Sort> sorts = sorts();
        sorts.restore(Sort.NUMBER_DESC);
        assertThat(grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("NUMBER");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(heard).containsExactly(Sort.NUMBER_DESC);
        sorts.restore(null);
        assertThat(sorts.current()).isEqualTo(Sort.NUMBER_DESC);
    }
}
