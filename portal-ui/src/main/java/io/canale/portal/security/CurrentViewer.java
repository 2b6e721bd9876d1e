package io.canale.portal.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.api.Viewer;
import io.canale.portal.api.ViewerActions;
import org.springframework.stereotype.Component;

/**
 * The signed-in caller as the API described it, asked once at sign-in ({@code viewer}): who it is (name, email,
 * partner for display), its areas, and what it may start. Views offer the actions that start something from
 * {@link #can()}, and the actions on a record from that record's {@code viewerCan}; they never look at roles,
 * scopes or partner types.
 */
@Component
public class CurrentViewer {

    private final AuthenticationContext authentication;

    CurrentViewer(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The caller of this request; fails when nobody is signed in (views behind {@code @RolesAllowed} always have one). */
    public Viewer get() {
        return authentication.getAuthenticatedUser(CanaleUser.class).map(CanaleUser::viewer)
                .orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** What the caller may start, apart from any one record. */
    public ViewerActions can() {
        return get().viewerCan();
    }
}
