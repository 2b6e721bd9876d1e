package io.canale.portal.organisation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;
import io.canale.portal.api.Viewer;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "My organisation": the people and the API clients of the signed-in person's own partner. Changes are offered as
 * far as the partner's {@code viewerCan.manageOrganisation} allows; a new client's scopes are those the API says it
 * may be given ({@code viewerCan.grantableClientScopes}).
 */
@Route(value = "organisation", layout = MainLayout.class)
@Menu(title = "nav.organisation", icon = "vaadin:building")
@RolesAllowed(Areas.ORGANISATION)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    OrganisationView(OrganisationApi api, Paging paging, CurrentViewer currentViewer) {
        Viewer viewer = currentViewer.get();
        Partner partner = viewer.partner();
        boolean manage = partner.can().manageOrganisation();
        addClassName("organisation-view");
        add(new MembersPanel(api, paging, partner.id(), viewer.subject(), manage),
                new ApiClientsPanel(api, paging, partner.id(),
                        manage ? viewer.viewerCan().grantableClientScopes() : List.of(), manage));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation");
    }
}
