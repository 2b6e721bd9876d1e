package io.canale.portal.webhook;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.canale.portal.Confirmations;
import io.canale.portal.DateTimes;
import io.canale.portal.NarrowScreens;
import io.canale.portal.Notifications;
import io.canale.portal.Profiles;
import io.canale.portal.SecretDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.security.Areas;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.OptionalLong;

/**
 * One webhook endpoint: where it stands, its delivery log (the last attempts, newest first, times in the reader's
 * language and time zone), and the actions its {@code viewerCan} allows now — rotate the secret (the new one shown
 * once; the old one keeps signing for the overlap), disable or enable, delete after confirming, replay from a change's
 * sequence. After each action the page shows the endpoint as the API now answers it.
 */
@Route(value = "webhooks/:" + WebhookEndpointView.ID, layout = MainLayout.class)
@RolesAllowed(Areas.WEBHOOKS)
class WebhookEndpointView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final WebhookApi api;
    private WebhookEndpoint endpoint;

    WebhookEndpointView(WebhookApi api) {
        this.api = api;
        addClassName("webhook-endpoint-view");
        setWidthFull();
    }

    static RouteParameters parameters(String endpointId) {
        return new RouteParameters(ID, endpointId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Loaded on entry, not in the constructor, so a backend failure shows the friendly error view.
        WebhookEndpoint loaded = api.endpoint(event.getRouteParameters().get(ID).orElse(""));
        if (loaded == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(loaded);
    }

    @Override
    public String getPageTitle() {
        return endpoint == null ? getTranslation("nav.webhooks") : endpoint.url();
    }

    private void reload() {
        WebhookEndpoint current = api.endpoint(endpoint.id());
        if (current == null) {
            backToList();
        } else {
            render(current);
        }
    }

    private void render(WebhookEndpoint current) {
        endpoint = current;
        removeAll();
        add(new RouterLink(getTranslation("webhooks.back"), WebhooksView.class), header(), details(), actions(), replay(),
                deliveries());
    }

    private Component header() {
        H2 title = new H2(endpoint.url());
        title.setId("webhook-title");
        title.addClassName("webhook-title");
        return title;
    }

    private Component details() {
        Div profile = Profiles.block();
        profile.add(Profiles.entry(getTranslation("webhooks.status"), getTranslation("webhookStatus." + endpoint.status().name()),
                        "webhook-status"),
                Profiles.entry(getTranslation("webhooks.recordTypes"), WebhookTexts.recordTypes(this, endpoint.recordTypes()),
                        "webhook-types"),
                Profiles.entry(getTranslation("webhooks.deliveredThrough"), endpoint.deliveredThrough(), "webhook-delivered-through"),
                Profiles.entry(getTranslation("webhooks.failures"), String.valueOf(endpoint.failures()), "webhook-failures"),
                Profiles.entry(getTranslation("webhooks.nextAttempt"), DateTimes.format(endpoint.nextAttemptAt()), "webhook-next-attempt"),
                Profiles.entry(getTranslation("webhooks.createdAt"), DateTimes.format(endpoint.createdAt()), "webhook-created-at"));
        if (!endpoint.description().isBlank()) {
            profile.add(Profiles.entry(getTranslation("webhooks.description"), endpoint.description(), "webhook-description-value"));
        }
        if (endpoint.previousSecretExpiresAt() != null) {
            profile.add(Profiles.entry(getTranslation("webhooks.previousSecret"),
                    getTranslation("webhooks.previousSecret.until", DateTimes.format(endpoint.previousSecretExpiresAt())),
                    "webhook-previous-secret"));
        }
        return profile;
    }

    private Component actions() {
        WebhookEndpoint.Actions can = endpoint.viewerCan();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("webhook-actions");
        if (can.rotateSecret()) {
            actions.add(button("webhook-rotate", VaadinIcon.KEY, "webhooks.rotate", this::confirmRotation));
        }
        if (can.disable()) {
            actions.add(button("webhook-disable", VaadinIcon.PAUSE, "webhooks.disable", () -> apply(api.disable(endpoint.id()),
                    "webhooks.disabled")));
        }
        if (can.enable()) {
            actions.add(button("webhook-enable", VaadinIcon.PLAY, "webhooks.enable", () -> apply(api.enable(endpoint.id()),
                    "webhooks.enabled")));
        }
        if (can.delete()) {
            Button delete = button("webhook-delete", VaadinIcon.TRASH, "webhooks.delete", this::confirmDeletion);
            delete.addThemeVariants(ButtonVariant.ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private Button button(String id, VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private void confirmRotation() {
        Confirmations.confirm(getTranslation("webhooks.rotate.title"), getTranslation("webhooks.rotate.text"),
                getTranslation("webhooks.rotate"), () -> {
                    WebhookPayloads.WithSecret payload = api.rotateSecret(endpoint.id());
                    if (!payload.succeeded()) {
                        UserErrorDisplay.notify(payload.userErrors());
                        reload();
                        return;
                    }
                    reload();
                    new SecretDialog(getTranslation("webhooks.rotated"),
                            getTranslation("webhooks.secret.rotatedOnce",
                                    DateTimes.format(payload.webhookEndpoint().previousSecretExpiresAt())),
                            getTranslation("webhooks.secret"), payload.secret()).open();
                });
    }

    private void confirmDeletion() {
        Confirmations.confirm(getTranslation("webhooks.delete.title"), getTranslation("webhooks.delete.text", endpoint.url()),
                getTranslation("webhooks.delete"), () -> {
                    WebhookPayloads.EndpointChange payload = api.delete(endpoint.id());
                    if (payload.succeeded()) {
                        Notifications.success(getTranslation("webhooks.deleted", endpoint.url()));
                        backToList();
                    } else {
                        UserErrorDisplay.notify(payload.userErrors());
                        reload();
                    }
                });
    }

    private void apply(WebhookPayloads.EndpointChange payload, String doneKey) {
        if (payload.succeeded()) {
            Notifications.success(getTranslation(doneKey));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
        reload();
    }

    private Component replay() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setVisible(endpoint.viewerCan().replay());
        TextField from = new TextField(getTranslation("webhooks.replay.from"));
        from.setId("webhook-replay-from");
        from.setHelperText(getTranslation("webhooks.replay.help"));
        from.setAllowedCharPattern("[0-9]");
        from.getElement().setAttribute("inputmode", "numeric");
        from.setManualValidation(true);
        from.addValueChangeListener(change -> from.setInvalid(false));
        Button replay = new Button(getTranslation("webhooks.replay"), VaadinIcon.REFRESH.create(), click -> replayFrom(from));
        replay.setId("webhook-replay");
        HorizontalLayout row = new HorizontalLayout(from, replay);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(new H3(getTranslation("webhooks.replay.title")), row);
        return section;
    }

    private void replayFrom(TextField from) {
        OptionalLong sequence = ReplayStart.parse(from.getValue());
        if (sequence.isEmpty()) {
            from.setErrorMessage(getTranslation("webhooks.replay.invalid"));
            from.setInvalid(true);
            return;
        }
        WebhookPayloads.EndpointChange payload = api.replay(endpoint.id(), sequence.getAsLong());
        if (payload.succeeded()) {
            Notifications.success(getTranslation("webhooks.replayed", sequence.getAsLong()));
            reload();
        } else {
            UserErrorDisplay.showOrNotify(payload.userErrors(), new FieldPaths<HasValidation>()
                    .bind("fromSequence", from));
        }
    }

    private Component deliveries() {
        Grid<WebhookEndpoint.Delivery> grid = new Grid<>();
        grid.setId("webhook-deliveries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(WebhookEndpoint.Delivery::sequence).setHeader(getTranslation("webhooks.delivery.sequence"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(delivery -> DateTimes.format(delivery.at())).setHeader(getTranslation("webhooks.delivery.at"))
                .setAutoWidth(true).setFlexGrow(0);
        var attempt = grid.addColumn(WebhookEndpoint.Delivery::attempt).setHeader(getTranslation("webhooks.delivery.attempt"))
                .setAutoWidth(true).setFlexGrow(0);
        var status = grid.addColumn(delivery -> delivery.statusCode() == null ? "" : delivery.statusCode().toString())
                .setHeader(getTranslation("webhooks.delivery.statusCode")).setAutoWidth(true).setFlexGrow(0);
        var error = grid.addColumn(delivery -> delivery.error() == null ? "" : delivery.error())
                .setHeader(getTranslation("webhooks.delivery.error")).setFlexGrow(2);
        var duration = grid.addColumn(delivery -> getTranslation("webhooks.delivery.millis", delivery.durationMillis()))
                .setHeader(getTranslation("webhooks.delivery.duration")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(delivery -> getTranslation(delivery.succeeded() ? "webhooks.delivery.ok" : "webhooks.delivery.failed"))
                .setHeader(getTranslation("webhooks.delivery.result")).setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.hideWhenNarrow(grid, attempt, status, error, duration);
        grid.setItems(endpoint.deliveries());
        grid.setEmptyStateText(getTranslation("webhooks.deliveries.empty"));
        grid.setHeight("24rem");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("webhooks.deliveries")), grid);
        section.setPadding(false);
        return section;
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(WebhooksView.class));
    }
}
