package io.canale.rulefixture;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerType;
import io.canale.portal.security.CanaleUser;

/**
 * A deliberately wrong view helper, outside the scanned packages, to prove that the rules of
 * {@code NoAccessRulesOutsideSecurityTests} catch what they forbid.
 */
public class ReadsTheCallersGrants {

    private boolean staff;

    boolean mayApprove(AuthenticationContext authentication) {
        return authentication.hasRole("STAFF");
    }

    boolean isSupplier(Partner partner) {
        return partner.type() == PartnerType.SUPPLIER;
    }

    boolean staff() {
        return staff;
    }

    String partnerOf(CanaleUser user) {
        return user.getSubject();
    }
}
