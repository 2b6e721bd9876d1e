package io.canale.portal.security;

/**
 * The authorities behind {@code @RolesAllowed} on views: one per {@link io.canale.portal.api.Area} the API
 * lists in {@code viewer.areas} at sign-in. The portal decides nothing itself: an area it was not given has no
 * authority, so its views refuse.
 */
public final class Areas {

    public static final String HOME = "AREA_HOME";
    public static final String PARTNERS = "AREA_PARTNERS";
    public static final String ORGANISATION = "AREA_ORGANISATION";
    public static final String LEADS = "AREA_LEADS";
    public static final String ROUTING_RULES = "AREA_ROUTING_RULES";
    public static final String LEAD_IMPORTS = "AREA_LEAD_IMPORTS";
    public static final String DEALS = "AREA_DEALS";
    public static final String PIPELINE = "AREA_PIPELINE";
    public static final String CATALOG = "AREA_CATALOG";
    public static final String PRICE_LISTS = "AREA_PRICE_LISTS";
    public static final String ORDERS = "AREA_ORDERS";
    public static final String ORDER_ENTRY = "AREA_ORDER_ENTRY";
    public static final String SUPPLIER_ORDERS = "AREA_SUPPLIER_ORDERS";
    public static final String SHIPMENTS = "AREA_SHIPMENTS";
    public static final String STOCK_UPLOAD = "AREA_STOCK_UPLOAD";
    public static final String DEMAND = "AREA_DEMAND";

    private Areas() {
    }
}
