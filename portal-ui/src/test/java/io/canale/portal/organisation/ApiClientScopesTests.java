package io.canale.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiClientScopesTests {

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void partnerSystemsNeverGetAdminScopes(PartnerType type) {
        assertThat(ApiClientScopes.forPartnerType(type))
                .doesNotContain("partners:admin", "org:admin", "incentives:admin")
                .contains("partners:read");
    }

    @Test
    void carriersOnlyGetPartnersAndOrders() {
        assertThat(ApiClientScopes.forPartnerType(PartnerType.CARRIER))
                .containsExactly("partners:read", "orders:read", "orders:write");
    }

    @Test
    void dealersDoNotWriteStockAndSuppliersDoNotSeeLeads() {
        assertThat(ApiClientScopes.forPartnerType(PartnerType.DEALER)).contains("stock:read").doesNotContain("stock:write");
        assertThat(ApiClientScopes.forPartnerType(PartnerType.SUPPLIER)).doesNotContain("leads:read", "incentives:read");
    }
}
