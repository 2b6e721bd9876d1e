package io.canale.portal.security;

/** Where sign-in starts: Spring Security's redirect to the backend's authorization endpoint. */
public final class SignIn {

    /** Matches the redirect URI registered at the backend: {@code /login/oauth2/code/canale}. */
    public static final String REGISTRATION_ID = "canale";
    public static final String PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private SignIn() {
    }
}
