package io.canale.portal.security;

import com.vaadin.flow.server.VaadinSession;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Viewer;
import io.canale.portal.api.ViewerActions;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the API said about the signed-in caller, asked once per Vaadin session: views take the actions they
 * offer from here and from each record's {@code viewerCan}, never from token claims.
 */
@Component
public class CurrentViewer {

    private static final String ATTRIBUTE = CurrentViewer.class.getName();

    private final CanaleApi api;

    CurrentViewer(CanaleApi api) {
        this.api = api;
    }

    /** The caller as the API answered it for this session. */
    public Viewer get() {
        VaadinSession session = VaadinSession.getCurrent();
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(ATTRIBUTE);
        if (viewer == null) {
            viewer = api.execute("shell/currentViewer", Map.of(), "viewer", Viewer.class);
            if (session != null) {
                session.setAttribute(ATTRIBUTE, viewer);
            }
        }
        return viewer;
    }

    /** What the caller may start, apart from any one record. */
    public ViewerActions can() {
        return get().viewerCan();
    }

    /** Asks the API again on next use, e.g. after the caller's preferences changed. */
    public void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
        }
    }
}
