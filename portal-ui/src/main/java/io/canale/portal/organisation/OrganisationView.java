package io.canale.portal.organisation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.shell.MainLayout;
import io.canale.portal.api.Paging;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My organisation": the people and the API clients of the signed-in admin's own partner (staff admins
 * manage the manufacturer's).
 */
@Route(value = "organisation", layout = MainLayout.class)
@Menu(title = "nav.organisation", order = 2, icon = "vaadin:building")
@RolesAllowed(Roles.ORG_ADMIN)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    OrganisationView(OrganisationApi api, Paging paging, AuthenticationContext authentication) {
        CanaleUser user = authentication.getAuthenticatedUser(CanaleUser.class)
                .orElseThrow(() -> new IllegalStateException("the route is for signed-in admins only"));
        String partnerId = user.partner().partnerId();
        addClassName("organisation-view");
        add(new MembersPanel(api, paging, partnerId, user.getEmail()),
                new ApiClientsPanel(api, paging, partnerId, user.partner().partnerType()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation");
    }
}
