package io.canale.portal.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Where sign-in starts: Spring Security's redirect to the backend's authorization endpoint. */
public final class SignIn {

    /** Matches the redirect URI registered at the backend: {@code /login/oauth2/code/canale}. */
    public static final String REGISTRATION_ID = "canale";
    public static final String PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    /** The route that says a sign-in failed because the API did not say who the person is. */
    public static final String FAILED_ROUTE = "sign-in-failed";
    /** The OAuth2 error of that failure. */
    static final String VIEWER_UNAVAILABLE = "viewer_unavailable";

    private SignIn() {
    }

    /**
     * Whether someone is still signed in while this request runs: no longer once they signed out in it (a grid
     * fetching rows in the same round trip as the sign-out click then fails for want of a token).
     */
    public static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
