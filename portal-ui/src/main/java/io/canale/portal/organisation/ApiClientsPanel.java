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
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.RowActions;
import io.canale.portal.SecretDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.Paging;
import java.util.List;

/** The partner's own systems: create (secret shown once), rotate the secret (shown once), revoke. */
class ApiClientsPanel extends VerticalLayout {

    private final Grid<ApiClient> grid = new Grid<>();
    private final OrganisationApi api;
    private final String partnerId;
    private final List<String> grantableScopes;
    private final boolean manage;
    private final Runnable refreshGrid;

    /**
     * @param grantableScopes the scopes a new client may be given, as the API says; none: no new clients
     * @param manage whether the caller may rotate and revoke the partner's clients
     */
    ApiClientsPanel(OrganisationApi api, Paging paging, String partnerId, List<String> grantableScopes, boolean manage) {
        this.api = api;
        this.partnerId = partnerId;
        this.grantableScopes = List.copyOf(grantableScopes);
        this.manage = manage;
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.clients(partnerId, first, after)));
        addClassName("clients-panel");
        setPadding(false);
        configureGrid();
        add(toolbar(), grid);
    }

    private Component toolbar() {
        Button create = new Button(getTranslation("clients.new"), new Icon(VaadinIcon.PLUS), click -> openNewClient());
        create.setId("client-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(!grantableScopes.isEmpty());
        HorizontalLayout toolbar = new HorizontalLayout(new H3(getTranslation("clients.title")), create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("client-grid");
        grid.addColumn(ApiClient::name).setHeader(getTranslation("clients.name")).setFlexGrow(2);
        var clientId = grid.addColumn(ApiClient::clientId).setHeader(getTranslation("clients.clientId")).setFlexGrow(2);
        var scopes = grid.addColumn(client -> String.join(" ", client.scopes()))
                .setHeader(getTranslation("clients.scopes")).setFlexGrow(3);
        var issued = grid.addColumn(client -> DateTimes.format(client.secretIssuedAt()))
                .setHeader(getTranslation("clients.secretIssuedAt"));
        grid.addColumn(client -> getTranslation("clientStatus." + client.status()))
                .setHeader(getTranslation("clients.status"));
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, clientId, scopes, issued);
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setHeight("22rem");
    }

    private Component actions(ApiClient client) {
        Button rotate = RowActions.button(VaadinIcon.KEY, getTranslation("clients.rotate"), () -> rotate(client));
        Button revoke = RowActions.button(VaadinIcon.BAN, getTranslation("clients.revoke"),
                () -> confirmRevocation(client));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(rotate, revoke);
        actions.setSpacing(false);
        RowActions.showIf(actions, manage && client.isActive());
        return actions;
    }

    private void openNewClient() {
        NewClientDialog dialog = new NewClientDialog(grantableScopes);
        dialog.addCreateListener(event -> {
            OrganisationPayloads.ClientSecret payload = api.createClient(partnerId, event.name(), event.scopes());
            if (payload.succeeded()) {
                dialog.close();
                showSecret(payload, "clients.created");
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    private void rotate(ApiClient client) {
        Confirmations.confirm(getTranslation("clients.rotate.title", client.name()),
                getTranslation("clients.rotate.text"), getTranslation("clients.rotate"), () -> {
                    OrganisationPayloads.ClientSecret payload = api.rotateSecret(partnerId, client);
                    if (payload.succeeded()) {
                        showSecret(payload, "clients.rotated");
                    } else {
                        refreshGrid.run();
                        UserErrorDisplay.notify(payload.userErrors());
                    }
                });
    }

    private void confirmRevocation(ApiClient client) {
        Confirmations.confirm(getTranslation("clients.revoke.title", client.name()),
                getTranslation("clients.revoke.text"), getTranslation("clients.revoke"), () -> {
                    OrganisationPayloads.ClientChange payload = api.revoke(partnerId, client);
                    refreshGrid.run();
                    if (payload.succeeded()) {
                        Notifications.success(getTranslation("clients.revoked", client.name()));
                    } else {
                        UserErrorDisplay.notify(payload.userErrors());
                    }
                });
    }

    private void showSecret(OrganisationPayloads.ClientSecret payload, String titleKey) {
        refreshGrid.run();
        new SecretDialog(getTranslation(titleKey, payload.apiClient().name()),
                getTranslation("clients.secret.text", payload.apiClient().clientId()),
                getTranslation("clients.secret"), payload.clientSecret()).open();
    }
}
