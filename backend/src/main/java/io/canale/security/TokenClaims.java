package io.canale.security;

/** Names of the claims Canale adds to its access tokens. */
public final class TokenClaims {

    public static final String PARTNER_ID = "partner_id";
    public static final String PARTNER_TYPE = "partner_type";
    public static final String ROLES = "roles";
    /** The grant that issued the token, so the API can tell people from partner systems. */
    public static final String GRANT = "grant";

    private TokenClaims() {
    }
}
