package io.canale.portal.security;

import io.canale.portal.api.Area;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities behind {@code @RolesAllowed} on views: one per {@link Area} the API lists in {@code viewer.areas}
 * at sign-in. The portal decides nothing itself: an area it was not given has no authority, so its views refuse
 * and the menu leaves them out. Annotate every view with the constant of its area, e.g.
 * {@code @RolesAllowed(Areas.LEADS)}.
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
    public static final String SERVICE_CASES = "AREA_SERVICE_CASES";
    public static final String SERVICE_BOARD = "AREA_SERVICE_BOARD";
    public static final String CASES_BY_PRODUCT = "AREA_CASES_BY_PRODUCT";
    public static final String SERVICE_SATISFACTION = "AREA_SERVICE_SATISFACTION";
    public static final String FUNDS = "AREA_FUNDS";
    public static final String FUND_BUDGETS = "AREA_FUND_BUDGETS";
    public static final String INCENTIVE_ADMIN = "AREA_INCENTIVE_ADMIN";
    public static final String WEBHOOKS = "AREA_WEBHOOKS";

    /** How {@code @RolesAllowed} names a role: Spring checks the authority {@code ROLE_} + the name. */
    private static final String ROLE_PREFIX = "ROLE_";

    private Areas() {
    }

    /** The authorities that let the caller into the areas the API granted. */
    static Set<GrantedAuthority> authorities(Collection<Area> areas) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        areas.forEach(area -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + area.authority())));
        return authorities;
    }

    /** The area a {@code @RolesAllowed} name stands for, or null when it names none. */
    public static Area areaOf(String rolesAllowed) {
        for (Area area : Area.values()) {
            if (area.authority().equals(rolesAllowed)) {
                return area;
            }
        }
        return null;
    }
}
