package io.canale.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Hides a grid's secondary columns on phone-sized windows (the 390 px case), so the essential ones stay
 * readable without horizontal scrolling.
 */
public final class NarrowScreens {

    /** Below this window width only the essential columns are shown. */
    static final int NARROW_WIDTH = 600;

    private NarrowScreens() {
    }

    @SafeVarargs
    public static <T> void hideWhenNarrow(Grid<T> grid, Grid.Column<T>... secondary) {
        List<Grid.Column<T>> columns = List.of(secondary);
        grid.addAttachListener(attach -> follow(attach, columns));
    }

    private static <T> void follow(AttachEvent attach, List<Grid.Column<T>> columns) {
        var page = attach.getUI().getPage();
        var details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            show(columns, details.getWindowInnerWidth());
        }
        Registration resize = page.addBrowserWindowResizeListener(event -> show(columns, event.getWidth()));
        attach.getSource().addDetachListener(detach -> {
            resize.remove();
            detach.unregisterListener();
        });
    }

    private static <T> void show(List<Grid.Column<T>> columns, int windowWidth) {
        boolean wide = windowWidth >= NARROW_WIDTH;
        columns.forEach(column -> column.setVisible(wide));
    }
}
