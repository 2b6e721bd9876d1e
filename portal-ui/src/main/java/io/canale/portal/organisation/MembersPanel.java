package io.canale.portal.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.canale.portal.Confirmations;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.SecretDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;

/** The partner's people: invite (link mailed, or on a demo server without mail shown once), deactivate (after confirmation). */
class MembersPanel extends VerticalLayout {

    private final Grid<Member> grid = new Grid<>();
    private final OrganisationApi api;
    private final String partnerId;
    private final String ownEmail;
    private final boolean manage;
    private final Runnable refreshGrid;

    /**
     * @param ownEmail the signed-in person's, whom the panel never offers to deactivate
     * @param manage whether the caller may invite and deactivate the partner's people
     */
    MembersPanel(OrganisationApi api, Paging paging, String partnerId, String ownEmail, boolean manage) {
        this.api = api;
        this.partnerId = partnerId;
        this.ownEmail = ownEmail;
        this.manage = manage;
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.members(partnerId, first, after)));
        addClassName("members-panel");
        setPadding(false);
        configureGrid();
        add(toolbar(), grid);
    }

    private Component toolbar() {
        Button invite = new Button(getTranslation("members.invite"), new Icon(VaadinIcon.ENVELOPE_O),
                click -> openInvitation());
        invite.setId("member-invite");
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setVisible(manage);
        HorizontalLayout toolbar = new HorizontalLayout(new H3(getTranslation("members.title")), invite);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("member-grid");
        grid.addColumn(Member::displayName).setHeader(getTranslation("members.name")).setFlexGrow(2);
        var email = grid.addColumn(Member::email).setHeader(getTranslation("members.email")).setFlexGrow(2);
        var role = grid.addColumn(member -> getTranslation("role." + member.role()))
                .setHeader(getTranslation("members.role"));
        grid.addColumn(member -> getTranslation("memberStatus." + member.status()))
                .setHeader(getTranslation("members.status"));
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, email, role);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
    }

    private Component actions(Member member) {
        Button deactivate = RowActions.button(VaadinIcon.BAN, getTranslation("members.deactivate"),
                () -> confirmDeactivation(member));
        deactivate.addThemeVariants(ButtonVariant.ERROR);
        // Nobody locks themselves out from here.
        RowActions.showIf(deactivate,
                manage && member.canBeDeactivated() && !member.email().equalsIgnoreCase(ownEmail));
        return deactivate;
    }

    private void openInvitation() {
        InviteDialog dialog = new InviteDialog();
        dialog.addInviteListener(event -> {
            OrganisationPayloads.Invitation payload = api.invite(partnerId, event.invitation());
            if (payload.succeeded()) {
                dialog.close();
                refreshGrid.run();
                if (payload.invitationUrl() == null) {
                    Notifications.success(getTranslation("members.invited.mailed", payload.invitationSentTo()));
                } else {
                    new SecretDialog(getTranslation("members.invited", payload.user().email()),
                            getTranslation("members.invited.text"), getTranslation("members.invitationLink"),
                            payload.invitationUrl()).open();
                }
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    private void confirmDeactivation(Member member) {
        Confirmations.confirm(getTranslation("members.deactivate.title", member.displayName()),
                getTranslation("members.deactivate.text"), getTranslation("members.deactivate"), () -> {
                    OrganisationPayloads.MemberChange payload = api.deactivate(partnerId, member);
                    refreshGrid.run();
                    if (payload.succeeded()) {
                        Notifications.success(getTranslation("members.deactivated", member.displayName()));
                    } else {
                        UserErrorDisplay.notify(payload.userErrors());
                    }
                });
    }
}
