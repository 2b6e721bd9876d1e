package io.canale.security;

import io.canale.shared.Party;
import io.canale.shared.PartnerType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The one place that decides reads and writes. Resolvers ask it first; nothing else in the code base
 * compares scopes, roles or partner ids. A missing scope is refused as FORBIDDEN before any lookup, so the
 * answer never reveals whether a record exists; a record outside the caller's reach is "not found".
 */
@Component
public class AccessPolicy {

    /** The caller of the current request, from its validated access token. */
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("no bearer token");
        }
        return callerOf(token.getToken());
    }

    static Caller callerOf(Jwt jwt) {
        String partnerId = jwt.getClaimAsString(TokenClaims.PARTNER_ID);
        String partnerType = jwt.getClaimAsString(TokenClaims.PARTNER_TYPE);
        if (partnerId == null || partnerType == null) {
            throw new AccessDeniedException("token without partner");
        }
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        List<String> roleClaim = jwt.getClaimAsStringList(TokenClaims.ROLES);
        if (roleClaim != null) {
            roleClaim.forEach(role -> roles.add(PartnerRole.valueOf(role)));
        }
        Caller.Kind kind = "client_credentials".equals(jwt.getClaimAsString(TokenClaims.GRANT))
                ? Caller.Kind.PARTNER_SYSTEM : Caller.Kind.USER;
        return new Caller(jwt.getSubject(), kind, partnerId, PartnerType.valueOf(partnerType), roles,
                scopesOf(jwt.getClaim("scope")));
    }

    private static Set<String> scopesOf(Object claim) {
        Set<String> scopes = new LinkedHashSet<>();
        if (claim instanceof String text) {
            scopes.addAll(List.of(text.split(" ")));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> scopes.add(value.toString()));
        }
        return scopes;
    }

    /** Refuses with FORBIDDEN when the token lacks the scope. */
    public void require(Caller caller, String scope) {
        if (!caller.has(scope)) {
            throw new AccessDeniedException("missing scope " + scope);
        }
    }

    /** Which partners the caller may list; needs {@code partners:read}. */
    public PartnerVisibility partnersVisibleTo(Caller caller) {
        require(caller, Scopes.PARTNERS_READ);
        return caller.isStaff() ? new PartnerVisibility.All() : new PartnerVisibility.OwnAndManufacturer(caller.partnerId());
    }

    /** How much of a partner record the caller sees; needs {@code partners:read}. */
    public PartnerView partnerView(Caller caller, String partnerId, PartnerType partnerType) {
        require(caller, Scopes.PARTNERS_READ);
        if (caller.isStaff() || caller.belongsTo(partnerId)) {
            return PartnerView.FULL;
        }
        return partnerType == PartnerType.MANUFACTURER ? PartnerView.PUBLIC : PartnerView.NONE;
    }

    /** Creating, changing and deactivating partners: staff with {@code partners:admin}. */
    public void requireDirectoryAdmin(Caller caller) {
        require(caller, Scopes.PARTNERS_ADMIN);
        if (!caller.isStaff()) {
            throw new AccessDeniedException("directory administration is for staff");
        }
    }

    /**
     * Whether the caller may manage the users and partner-system clients of a partner: its own admins
     * ({@code org:admin}) or staff directory admins. Needs one of the two scopes; a partner outside the
     * caller's reach answers false, which callers report as "not found".
     */
    public boolean mayManageOrganisation(Caller caller, String partnerId) {
        if (!caller.has(Scopes.ORG_ADMIN) && !caller.has(Scopes.PARTNERS_ADMIN)) {
            throw new AccessDeniedException("missing scope " + Scopes.ORG_ADMIN);
        }
        if (caller.isStaff() && caller.has(Scopes.PARTNERS_ADMIN)) {
            return true;
        }
        return caller.has(Scopes.ORG_ADMIN) && caller.belongsTo(partnerId);
    }

    /**
     * Which shared records the caller may list with a read scope: staff all, others those where its partner
     * is a party. Refuses with FORBIDDEN without the scope.
     */
    public RecordVisibility recordsVisibleTo(Caller caller, String readScope) {
        require(caller, readScope);
        return caller.isStaff() ? new RecordVisibility.All() : new RecordVisibility.PartyOf(caller.partnerId());
    }

    /** Whether the caller may read one shared record with these parties; false means "not found". */
    public boolean mayRead(Caller caller, String readScope, Collection<Party> parties) {
        require(caller, readScope);
        return caller.isStaff() || parties.stream().anyMatch(party -> caller.belongsTo(party.partnerId()));
    }

    /** Changes that only staff make, such as routing leads, with the write scope of the record kind. */
    public void requireStaff(Caller caller, String writeScope) {
        require(caller, writeScope);
        if (!caller.isStaff()) {
            throw new AccessDeniedException("for staff only");
        }
    }

    /**
     * Whether the caller acts for the given partner on one of its records with the write scope: its own
     * people and systems do; false means "not found" for everybody else, staff included.
     */
    public boolean actsFor(Caller caller, String writeScope, String partnerId) {
        require(caller, writeScope);
        return partnerId != null && caller.belongsTo(partnerId);
    }

    /** Whether details that name other partners (routing candidates, duplicates) may be shown. */
    public boolean seesCrossPartnerDetails(Caller caller) {
        return caller.isStaff();
    }

    /**
     * Which orders the caller may list: staff all, dealers and suppliers those naming them as a party.
     * Carriers work with shipments, never with orders (which carry prices).
     */
    public RecordVisibility ordersVisibleTo(Caller caller) {
        RecordVisibility visibility = recordsVisibleTo(caller, Scopes.ORDERS_READ);
        if (caller.partnerType() == PartnerType.CARRIER) {
            throw new AccessDeniedException("carriers see shipments, not orders");
        }
        return visibility;
    }

    /**
     * Whether the caller may see a shipment: staff, the order's dealer and supplier, and the shipment's own
     * carrier (not another carrier of the same order). Needs {@code orders:read}.
     */
    public boolean mayReadShipment(Caller caller, String carrierId, Collection<Party> orderParties) {
        require(caller, Scopes.ORDERS_READ);
        if (caller.isStaff()) {
            return true;
        }
        if (caller.partnerType() == PartnerType.CARRIER) {
            return caller.belongsTo(carrierId);
        }
        return orderParties.stream().anyMatch(party -> caller.belongsTo(party.partnerId()));
    }

    /** Whether the caller sees exact stock quantities of a supplier's product: staff and that supplier. */
    public boolean seesExactStock(Caller caller, String supplierId) {
        require(caller, Scopes.STOCK_READ);
        return caller.isStaff() || caller.belongsTo(supplierId);
    }

    /** Publishing stock: suppliers, for their own products (checked per item), with {@code stock:write}. */
    public void requireStockPublisher(Caller caller) {
        require(caller, Scopes.STOCK_WRITE);
        if (caller.partnerType() != PartnerType.SUPPLIER) {
            throw new AccessDeniedException("stock is published by suppliers");
        }
    }

    /** Whether the end customer's contact on a dealer's order may be shown: the dealer and staff only. */
    public boolean seesEndCustomerOf(Caller caller, String dealerId) {
        return caller.isStaff() || caller.belongsTo(dealerId);
    }

    /** Leads come from staff and from dealers (their people and systems), with {@code leads:write}. */
    public void requireLeadSource(Caller caller) {
        require(caller, Scopes.LEADS_WRITE);
        if (!caller.isStaff() && caller.partnerType() != PartnerType.DEALER) {
            throw new AccessDeniedException("leads come from staff or dealers");
        }
    }

    /** Work only dealers do (submitting orders, registering deals), with the given scope. */
    public void requireDealer(Caller caller, String scope) {
        require(caller, scope);
        if (caller.partnerType() != PartnerType.DEALER) {
            throw new AccessDeniedException("for dealers only");
        }
    }

    /** Handing goods to carriers: suppliers (whose orders they are) and staff, with {@code orders:write}. */
    public void requireShipper(Caller caller) {
        require(caller, Scopes.ORDERS_WRITE);
        if (!caller.isStaff() && caller.partnerType() != PartnerType.SUPPLIER) {
            throw new AccessDeniedException("shipments are handed over by suppliers");
        }
    }

    /** Whether the caller may cancel a dealer's order: the dealer itself, or staff, with {@code orders:write}. */
    public boolean mayCancelOrderOf(Caller caller, String dealerId) {
        require(caller, Scopes.ORDERS_WRITE);
        return caller.isStaff() || caller.belongsTo(dealerId);
    }

    /**
     * Whose demand signals the caller reads: empty for staff (every supplier), its own partner for a
     * supplier; refused for everybody else. Needs {@code stock:read}.
     */
    public java.util.Optional<String> demandScope(Caller caller) {
        require(caller, Scopes.STOCK_READ);
        if (caller.isStaff()) {
            return java.util.Optional.empty();
        }
        if (caller.partnerType() != PartnerType.SUPPLIER) {
            throw new AccessDeniedException("demand signals are for suppliers and staff");
        }
        return java.util.Optional.of(caller.partnerId());
    }

    /** Reading the catalog: dealers, suppliers and staff with {@code orders:read}; carriers have no catalog. */
    public void requireCatalogReader(Caller caller) {
        require(caller, Scopes.ORDERS_READ);
        if (caller.partnerType() == PartnerType.CARRIER) {
            throw new AccessDeniedException("carriers have no catalog");
        }
    }

    /** Whether the caller may rewrite a product's descriptions: staff, or the product's own supplier. */
    public boolean mayDescribeProduct(Caller caller, String supplierId) {
        require(caller, Scopes.CATALOG_WRITE);
        return caller.isStaff() || caller.belongsTo(supplierId);
    }

    /** Whether the caller sees prices: staff all lists, a dealer its own tier's; everybody else none. */
    public boolean seesPrices(Caller caller) {
        requireCatalogReader(caller);
        return caller.isStaff() || caller.partnerType() == PartnerType.DEALER;
    }

    /** Scopes that a new partner-system client of this partner may be given. */
    public Set<String> grantableToPartnerSystem(PartnerType partnerType) {
        return Scopes.forPartnerSystem(partnerType);
    }
}
