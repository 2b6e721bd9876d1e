package io.canale.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class TokenAuthoritiesTests {

    private static Set<String> authorities(Map<String, Object> claims) {
        return TokenAuthorities.authorities(TokenAuthorities.claims(claims)).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @Test
    void manufacturerAdminIsStaffAndOrgAdmin() {
        assertThat(authorities(Map.of("partner_id", "ptn_canale", "partner_type", "MANUFACTURER",
                "roles", List.of("ADMIN"), "scope", List.of("partners:read", "partners:admin", "org:admin"))))
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_ORG_ADMIN", "SCOPE_partners:read",
                        "SCOPE_partners:admin", "SCOPE_org:admin");
    }

    @Test
    void leadScopesGrantTheLeadRoles() {
        assertThat(authorities(Map.of("partner_type", "DEALER", "scope", List.of("leads:read", "leads:write"))))
                .contains("ROLE_LEAD_READER", "ROLE_LEAD_WRITER", "SCOPE_leads:read");
        assertThat(authorities(Map.of("partner_type", "DEALER", "scope", List.of("leads:read"))))
                .contains("ROLE_LEAD_READER").doesNotContain("ROLE_LEAD_WRITER");
    }

    @Test
    void dealerAdminIsOrgAdminButNotStaff() {
        assertThat(authorities(Map.of("partner_type", "DEALER", "roles", List.of("ADMIN"),
                "scope", List.of("partners:read", "org:admin"))))
                .contains("ROLE_ORG_ADMIN").doesNotContain("ROLE_STAFF");
    }

    @Test
    void adminWhoseTokenLacksOrgAdminIsNotOrgAdmin() {
        assertThat(authorities(Map.of("partner_type", "DEALER", "roles", List.of("ADMIN"),
                "scope", List.of("partners:read")))).doesNotContain("ROLE_ORG_ADMIN");
    }

    @Test
    void memberIsNeitherStaffNorOrgAdmin() {
        assertThat(authorities(Map.of("partner_type", "SUPPLIER", "roles", List.of("MEMBER"),
                "scope", List.of("orders:read", "org:admin"))))
                .contains("SCOPE_orders:read", "SCOPE_org:admin").doesNotContain("ROLE_STAFF", "ROLE_ORG_ADMIN");
    }

    @Test
    void orderScopesGrantTheOrderRolesButCarriersReadNoOrders() {
        assertThat(authorities(Map.of("partner_type", "DEALER", "scope", List.of("orders:read", "orders:write"))))
                .contains("ROLE_ORDER_READER", "ROLE_ORDER_WRITER", "ROLE_ORDERING_DEALER");
        assertThat(authorities(Map.of("partner_type", "SUPPLIER", "scope", List.of("orders:read", "orders:write"))))
                .contains("ROLE_ORDER_READER", "ROLE_ORDER_WRITER").doesNotContain("ROLE_ORDERING_DEALER");
        assertThat(authorities(Map.of("partner_type", "CARRIER", "scope", List.of("orders:read", "orders:write"))))
                .contains("ROLE_ORDER_WRITER").doesNotContain("ROLE_ORDER_READER", "ROLE_ORDERING_DEALER");
    }

    @Test
    void supplierPeopleAreSuppliersAndEveryOrderReaderFollowsShipments() {
        assertThat(authorities(Map.of("partner_type", "SUPPLIER", "scope", List.of("orders:read"))))
                .contains("ROLE_SUPPLIER", "ROLE_SHIPMENT_READER");
        assertThat(authorities(Map.of("partner_type", "CARRIER", "scope", List.of("orders:read"))))
                .contains("ROLE_SHIPMENT_READER").doesNotContain("ROLE_SUPPLIER", "ROLE_ORDER_READER");
    }

    @Test
    void staffAndDealersWhoReadOrdersReadPriceListsSuppliersAndCarriersDoNot() {
        assertThat(authorities(Map.of("partner_type", "MANUFACTURER", "scope", List.of("orders:read"))))
                .contains("ROLE_PRICE_READER");
        assertThat(authorities(Map.of("partner_type", "DEALER", "scope", List.of("orders:read"))))
                .contains("ROLE_PRICE_READER");
        assertThat(authorities(Map.of("partner_type", "DEALER", "scope", List.of("leads:read"))))
                .doesNotContain("ROLE_PRICE_READER");
        assertThat(authorities(Map.of("partner_type", "SUPPLIER", "scope", List.of("orders:read"))))
                .doesNotContain("ROLE_PRICE_READER");
        assertThat(authorities(Map.of("partner_type", "CARRIER", "scope", List.of("orders:read"))))
                .doesNotContain("ROLE_PRICE_READER");
    }

    @Test
    void spaceDelimitedScopeClaimIsReadToo() {
        assertThat(TokenAuthorities.claims(Map.of("scope", "openid  partners:read leads:read")).scopes())
                .containsExactlyInAnyOrder("openid", "partners:read", "leads:read");
    }

    @Test
    void missingOrUnknownClaimsGrantNothing() {
        assertThat(authorities(Map.of())).isEmpty();
        PartnerClaims unknown = TokenAuthorities.claims(Map.of("partner_type", "PIRATE", "roles", List.of("ADMIN")));
        assertThat(unknown.partnerType()).isNull();
        assertThat(TokenAuthorities.authorities(unknown)).isEmpty();
    }

    @Test
    void claimsKeepThePartner() {
        PartnerClaims claims = TokenAuthorities.claims(Map.of("partner_id", "ptn_rossi_auto", "partner_type", "DEALER"));
        assertThat(claims.partnerId()).isEqualTo("ptn_rossi_auto");
        assertThat(claims.partnerType()).isEqualTo(PartnerType.DEALER);
    }
}
