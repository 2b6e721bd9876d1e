package io.canale.portal.webhook;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.SecretDialog;
import io.canale.portal.Toolbar;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The webhook endpoints of the signed-in person's partner (staff whom the API lets manage any partner's pick the
 * partner): status, URL, kinds of records, how far deliveries got, failures and the next attempt; a row opens the
 * endpoint's page. Registering is for one's own partner, as the API registers; the secret is shown once. Without
 * endpoints the page says what webhooks are for.
 */
@Route(value = "webhooks", layout = MainLayout.class)
@Menu(title = "nav.webhooks", order = 20, icon = "vaadin:connect")
@RolesAllowed(Areas.WEBHOOKS)
class WebhooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WebhookApi api;
    private final Partner ownPartner;
    private final Grid<WebhookEndpoint> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Toolbar toolbar = new Toolbar();
    private final ComboBox<Partner> partnerPicker = new ComboBox<>();
    private Component register;
    private Partner partner;

    WebhooksView(WebhookApi api, Paging paging, CurrentViewer currentViewer) {
        this.api = api;
        this.ownPartner = currentViewer.get().partner();
        this.partner = ownPartner;
        addClassName("webhooks-view");
        setWidthFull();
        if (currentViewer.can().manageWebhooksOfAnyPartner()) {
            configurePartnerPicker(paging);
            toolbar.add(partnerPicker);
        }
        register = toolbar.addCreateAction("webhook-new", getTranslation("webhooks.register"), this::openRegister);
        empty.setId("webhooks-empty");
        empty.addClassName("webhooks-empty");
        empty.setText(getTranslation("webhooks.empty"));
        configureGrid();
        add(toolbar, empty, grid);
    }

    private void configurePartnerPicker(Paging paging) {
        partnerPicker.setId("webhook-partner");
        partnerPicker.setLabel(getTranslation("webhooks.partner"));
        partnerPicker.setItemLabelGenerator(Partner::name);
        PagedComboBoxes.bind(partnerPicker, paging, (text, first, after) -> api.partners(first, after, text));
        partnerPicker.setPlaceholder(ownPartner.name());
        partnerPicker.addValueChangeListener(change -> {
            partner = change.getValue() == null ? ownPartner : change.getValue();
            // The API registers endpoints for the caller's own partner only.
            register.setVisible(partner.id().equals(ownPartner.id()));
            refresh();
        });
    }

    private void configureGrid() {
        grid.setId("webhook-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(endpoint -> getTranslation("webhookStatus." + endpoint.status().name()))
                .setHeader(getTranslation("webhooks.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WebhookEndpoint::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(3);
        var types = grid.addColumn(endpoint -> WebhookTexts.recordTypes(this, endpoint.recordTypes()))
                .setHeader(getTranslation("webhooks.recordTypes")).setFlexGrow(2);
        var through = grid.addColumn(WebhookEndpoint::deliveredThrough)
                .setHeader(getTranslation("webhooks.deliveredThrough")).setAutoWidth(true).setFlexGrow(0);
        var failures = grid.addColumn(WebhookEndpoint::failures)
                .setHeader(getTranslation("webhooks.failures")).setAutoWidth(true).setFlexGrow(0);
        var next = grid.addColumn(endpoint -> DateTimes.format(endpoint.nextAttemptAt()))
                .setHeader(getTranslation("webhooks.nextAttempt")).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.hideWhenNarrow(grid, types, through, failures, next);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(WebhookEndpointView.class,
                WebhookEndpointView.parameters(click.getItem().id()))));
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        refresh();
    }

    private void refresh() {
        boolean own = partner.id().equals(ownPartner.id());
        List<WebhookEndpoint> endpoints = api.endpoints(own ? null : partner.id());
        grid.setItems(endpoints);
        grid.setVisible(!endpoints.isEmpty());
        empty.setVisible(endpoints.isEmpty());
    }

    private void openRegister() {
        RegisterEndpointDialog dialog = new RegisterEndpointDialog();
        dialog.addRegisterListener(event -> {
            WebhookPayloads.WithSecret payload = api.register(event.url(), event.recordTypes(), event.description());
            if (payload.succeeded()) {
                dialog.close();
                refresh();
                new SecretDialog(getTranslation("webhooks.registered", payload.webhookEndpoint().url()),
                        getTranslation("webhooks.secret.once"), getTranslation("webhooks.secret"), payload.secret()).open();
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.webhooks");
    }
}
