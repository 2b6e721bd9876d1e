package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.PartnerClaims;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is offered which catalog change: reads as the API's access table. */
class CatalogPermissionsTests {

    private static final PartnerRef FERRI = new PartnerRef("ptn_ferri", "Ferri Componenti");
    private static final PartnerRef GALLO = new PartnerRef("ptn_gallo", "Gallo Ricambi");

    private static CatalogPermissions of(PartnerType type, String partnerId, String... scopes) {
        return CatalogPermissions.of(new PartnerClaims(partnerId, type, Set.of(), Set.of(scopes)));
    }

    @Test
    void staffWithCatalogWriteManageProductsDescribeAnyAndPublishPriceLists() {
        CatalogPermissions staff = of(PartnerType.MANUFACTURER, "ptn_canale", "orders:read", "catalog:write");
        assertThat(staff.mayManageProducts()).isTrue();
        assertThat(staff.mayDescribe(FERRI)).isTrue();
        assertThat(staff.mayPublishPriceLists()).isTrue();
    }

    @Test
    void staffWithoutCatalogWriteChangeNothing() {
        CatalogPermissions staff = of(PartnerType.MANUFACTURER, "ptn_canale", "orders:read");
        assertThat(staff.mayManageProducts()).isFalse();
        assertThat(staff.mayDescribe(FERRI)).isFalse();
        assertThat(staff.mayDescribeAny()).isFalse();
        assertThat(staff.mayPublishPriceLists()).isFalse();
    }

    @Test
    void aSupplierDescribesOnlyItsOwnProducts() {
        CatalogPermissions ferri = of(PartnerType.SUPPLIER, "ptn_ferri", "orders:read", "catalog:write");
        assertThat(ferri.mayDescribe(FERRI)).isTrue();
        assertThat(ferri.mayDescribe(GALLO)).isFalse();
        assertThat(ferri.mayManageProducts()).isFalse();
        assertThat(ferri.mayPublishPriceLists()).isFalse();
    }

    @Test
    void dealersChangeNothing() {
        CatalogPermissions dealer = of(PartnerType.DEALER, "ptn_rossi", "orders:read", "orders:write");
        assertThat(dealer.mayDescribeAny()).isFalse();
        assertThat(dealer.mayManageProducts()).isFalse();
    }
}
