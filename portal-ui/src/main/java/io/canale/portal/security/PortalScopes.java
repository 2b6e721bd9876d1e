package io.canale.portal.security;

/** The OAuth scopes the portal branches on.*
 * <p>Transitional: only the views of lead, routing, leadimport, opportunity and order still use it, until they take
 * their areas from {@link Areas} and their actions from {@code viewerCan}; then it goes. Nothing else may use it
 * ({@code NoAccessRulesOutsideSecurityTests}).
 */
@Deprecated(forRemoval = true)
public final class PortalScopes {

    public static final String PARTNERS_READ = "partners:read";
    public static final String PARTNERS_ADMIN = "partners:admin";
    public static final String ORG_ADMIN = "org:admin";
    public static final String LEADS_READ = "leads:read";
    public static final String LEADS_WRITE = "leads:write";
    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    public static final String CATALOG_WRITE = "catalog:write";

    private PortalScopes() {
    }
}
