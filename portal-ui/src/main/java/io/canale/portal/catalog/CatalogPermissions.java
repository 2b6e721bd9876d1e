package io.canale.portal.catalog;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.PartnerClaims;
import io.canale.portal.security.PortalScopes;

/**
 * Which catalog changes to offer the signed-in user, mirroring the API's rules: staff with
 * {@code catalog:write} create and change products and publish price lists; a product's own supplier (and
 * staff) rewrite its descriptions. The backend decides again on every call.
 */
record CatalogPermissions(boolean staff, String partnerId, boolean catalogWrite) {

    static CatalogPermissions of(PartnerClaims claims) {
        return new CatalogPermissions(claims.partnerType() == PartnerType.MANUFACTURER, claims.partnerId(),
                claims.scopes().contains(PortalScopes.CATALOG_WRITE));
    }

    /** The signed-in user's permissions; none without a Canale user. */
    static CatalogPermissions of(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(CanaleUser.class).map(user -> of(user.partner()))
                .orElse(new CatalogPermissions(false, null, false));
    }

    boolean mayManageProducts() {
        return staff && catalogWrite;
    }

    boolean mayDescribe(PartnerRef supplier) {
        return catalogWrite && (staff || supplier != null && supplier.id() != null && supplier.id().equals(partnerId));
    }

    /** Whether anyone's descriptions may be rewritten: staff, or a supplier (its own products only). */
    boolean mayDescribeAny() {
        return catalogWrite && partnerId != null;
    }

    boolean mayPublishPriceLists() {
        return staff && catalogWrite;
    }
}
