package io.canale.security;

import io.canale.shared.PartnerType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every OAuth scope the API knows, and the most a partner of each type may hold. A token never carries
 * more than this ceiling, whatever its client asked for.
 */
public final class Scopes {

    public static final String PARTNERS_READ = "partners:read";
    public static final String PARTNERS_ADMIN = "partners:admin";
    /** Manage the users and partner-system clients of one's own partner; users with the ADMIN role only. */
    public static final String ORG_ADMIN = "org:admin";
    public static final String LEADS_READ = "leads:read";
    public static final String LEADS_WRITE = "leads:write";
    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    public static final String STOCK_READ = "stock:read";
    public static final String STOCK_WRITE = "stock:write";
    public static final String SERVICE_READ = "service:read";
    public static final String SERVICE_WRITE = "service:write";
    public static final String INCENTIVES_READ = "incentives:read";
    /** Use one's own incentives: request and claim market development funds. */
    public static final String INCENTIVES_WRITE = "incentives:write";
    public static final String INCENTIVES_ADMIN = "incentives:admin";
    /** Change the catalog: staff all of it, suppliers the descriptions of their own products. */
    public static final String CATALOG_WRITE = "catalog:write";

    public static final List<String> ALL = List.of(PARTNERS_READ, PARTNERS_ADMIN, ORG_ADMIN, LEADS_READ,
            LEADS_WRITE, ORDERS_READ, ORDERS_WRITE, STOCK_READ, STOCK_WRITE, SERVICE_READ, SERVICE_WRITE,
            INCENTIVES_READ, INCENTIVES_WRITE, INCENTIVES_ADMIN, CATALOG_WRITE);

    /** The scopes that only read; what a webhook endpoint keeps of its registrant's. */
    public static final Set<String> READS = Set.of(PARTNERS_READ, LEADS_READ, ORDERS_READ, STOCK_READ, SERVICE_READ,
            INCENTIVES_READ);

    /** Scopes that only a person may hold, never a partner system. */
    private static final Set<String> ADMIN_ONLY = Set.of(PARTNERS_ADMIN, ORG_ADMIN, INCENTIVES_ADMIN);

    private Scopes() {
    }

    /** The ceiling for a partner type, before roles: what its partner systems may be granted. */
    public static Set<String> forPartnerSystem(PartnerType type) {
        Set<String> scopes = new LinkedHashSet<>(byType(type));
        scopes.removeAll(ADMIN_ONLY);
        return scopes;
    }

    /** The ceiling for a person of a partner type with a role. */
    public static Set<String> forUser(PartnerType type, PartnerRole role) {
        Set<String> scopes = new LinkedHashSet<>(byType(type));
        if (role != PartnerRole.ADMIN) {
            scopes.removeAll(ADMIN_ONLY);
        }
        return scopes;
    }

    private static List<String> byType(PartnerType type) {
        return switch (type) {
            case MANUFACTURER -> ALL;
            case DEALER -> List.of(PARTNERS_READ, ORG_ADMIN, LEADS_READ, LEADS_WRITE, ORDERS_READ, ORDERS_WRITE,
                    STOCK_READ, SERVICE_READ, SERVICE_WRITE, INCENTIVES_READ, INCENTIVES_WRITE);
            case SUPPLIER -> List.of(PARTNERS_READ, ORG_ADMIN, ORDERS_READ, ORDERS_WRITE, STOCK_READ, STOCK_WRITE,
                    SERVICE_READ, SERVICE_WRITE, CATALOG_WRITE);
            case CARRIER -> List.of(PARTNERS_READ, ORG_ADMIN, ORDERS_READ, ORDERS_WRITE, SERVICE_READ, SERVICE_WRITE);
        };
    }
}
