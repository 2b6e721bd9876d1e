package io.canale.portal.security;

/**
 * The portal's roles, for {@code @RolesAllowed}. They are derived from the access token's claims by
 * {@link TokenAuthorities}: the backend's access policy decides, the portal only mirrors it.
 *
 * <p>Transitional: only the views of lead, routing, leadimport, opportunity and order still use it, until they take
 * their areas from {@link Areas} and their actions from {@code viewerCan}; then it goes. Nothing else may use it
 * ({@code NoAccessRulesOutsideSecurityTests}).
 */
@Deprecated(forRemoval = true)
public final class Roles {

    /** People of the manufacturer ({@code partner_type} MANUFACTURER). */
    public static final String STAFF = "STAFF";
    /** A partner's administrators ({@code roles} contains ADMIN and the token grants {@code org:admin}). */
    public static final String ORG_ADMIN = "ORG_ADMIN";
    /**
     * Anyone whose token grants {@code leads:read}. A role, not only a {@code SCOPE_} authority, because
     * {@code @RolesAllowed} checks {@code ROLE_}-prefixed authorities.
     */
    public static final String LEAD_READER = "LEAD_READER";
    /** Anyone whose token grants {@code leads:write}. */
    public static final String LEAD_WRITER = "LEAD_WRITER";
    /**
     * Anyone whose token grants {@code orders:read}, except carriers: dealers, suppliers and staff read the
     * catalog and orders, carriers follow shipments only.
     */
    public static final String ORDER_READER = "ORDER_READER";
    /** Anyone whose token grants {@code orders:write} (dealers cancel, suppliers confirm, carriers record events). */
    public static final String ORDER_WRITER = "ORDER_WRITER";
    /** A dealer whose token grants {@code orders:write}: the only one who submits orders. */
    public static final String ORDERING_DEALER = "ORDERING_DEALER";
    /** People of a supplier ({@code partner_type} SUPPLIER): they answer orders and publish stock. */
    public static final String SUPPLIER = "SUPPLIER";
    /** Anyone whose token grants {@code orders:read}, carriers included: they follow the shipments of their orders. */
    public static final String SHIPMENT_READER = "SHIPMENT_READER";
    /** Staff and dealers whose token grants {@code orders:read}: the API shows them price lists (dealers their tier's). */
    public static final String PRICE_READER = "PRICE_READER";

    private Roles() {
    }
}
