package io.canale.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

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
        followWidth(grid, wide -> columns.forEach(column -> column.setVisible(wide)));
    }

    /**
     * Tells the listener whether the window is wide (true) or phone-sized (false) once the component is attached
     * and whenever the window is resized across the limit, for views whose columns also depend on their data.
     */
    public static void followWidth(Component component, Consumer<Boolean> wideListener) {
        component.addAttachListener(attach -> follow(attach, wideListener));
    }

    private static void follow(AttachEvent attach, Consumer<Boolean> wideListener) {
        var page = attach.getUI().getPage();
        var details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            wideListener.accept(details.getWindowInnerWidth() >= NARROW_WIDTH);
        }
        Registration resize = page.addBrowserWindowResizeListener(event -> wideListener.accept(event.getWidth() >= NARROW_WIDTH));
        attach.getSource().addDetachListener(detach -> {
            resize.remove();
            detach.unregisterListener();
        });
    }
}
