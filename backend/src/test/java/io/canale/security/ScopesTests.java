package io.canale.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.PartnerType;
import org.junit.jupiter.api.Test;

/** Scope ceilings per partner type and role. */
class ScopesTests {

    @Test
    void only_manufacturer_admins_may_administer_the_directory() {
        assertThat(Scopes.forUser(PartnerType.MANUFACTURER, PartnerRole.ADMIN)).contains(Scopes.PARTNERS_ADMIN);
        assertThat(Scopes.forUser(PartnerType.MANUFACTURER, PartnerRole.MEMBER)).doesNotContain(Scopes.PARTNERS_ADMIN);
        for (PartnerType type : new PartnerType[] {PartnerType.DEALER, PartnerType.SUPPLIER, PartnerType.CARRIER}) {
            assertThat(Scopes.forUser(type, PartnerRole.ADMIN)).doesNotContain(Scopes.PARTNERS_ADMIN).contains(Scopes.ORG_ADMIN);
        }
    }

    @Test
    void partner_systems_never_get_administrative_scopes() {
        for (PartnerType type : PartnerType.values()) {
            assertThat(Scopes.forPartnerSystem(type)).contains(Scopes.PARTNERS_READ)
                    .doesNotContain(Scopes.PARTNERS_ADMIN, Scopes.ORG_ADMIN, Scopes.INCENTIVES_ADMIN);
        }
    }

    @Test
    void carriers_and_suppliers_never_see_leads() {
        assertThat(Scopes.forUser(PartnerType.CARRIER, PartnerRole.ADMIN)).contains(Scopes.ORDERS_READ)
                .noneMatch(scope -> scope.startsWith("leads:"));
        assertThat(Scopes.forUser(PartnerType.SUPPLIER, PartnerRole.ADMIN)).contains(Scopes.ORDERS_READ)
                .noneMatch(scope -> scope.startsWith("leads:"));
        assertThat(Scopes.forPartnerSystem(PartnerType.DEALER)).contains(Scopes.LEADS_WRITE);
    }
}
