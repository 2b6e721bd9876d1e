package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.canale.portal.Notifications;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.security.CanaleUser;
import io.canale.portal.security.Roles;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ordering dealer (or staff) cancels an order the supplier has not answered yet, with a reason, based
 * on the version shown: a change meanwhile is refused by the API and the order is reloaded.
 */
// Spring's annotations by full name: Component and Order are Vaadin's and ours here.
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(0)
class CancelOrderPanel implements OrderPanel {

    static final int MAX_REASON = 500;

    private final OrdersApi api;
    private final AuthenticationContext authentication;

    CancelOrderPanel(OrdersApi api, AuthenticationContext authentication) {
        this.api = api;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> create(Order order, Consumer<String> changed) {
        if (!order.status().cancellable() || !mayCancel(order)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button cancel = new Button(ui.getTranslation("order.cancel"), new Icon(VaadinIcon.BAN),
                click -> confirm(order, changed));
        cancel.setId("order-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        return Optional.of(cancel);
    }

    /** Mirrors the API: orders:write, and the order's dealer or staff. */
    private boolean mayCancel(Order order) {
        if (!authentication.hasRole(Roles.ORDER_WRITER)) {
            return false;
        }
        return authentication.hasRole(Roles.STAFF) || authentication.getAuthenticatedUser(CanaleUser.class)
                .map(user -> order.dealer().id().equals(user.partner().partnerId())).orElse(false);
    }

    private void confirm(Order order, Consumer<String> changed) {
        UI ui = UI.getCurrent();
        ReasonDialog dialog = new ReasonDialog(ui.getTranslation("order.cancel.title", order.number()),
                ui.getTranslation("order.cancel"), MAX_REASON);
        dialog.addReasonListener(event -> {
            dialog.close();
            apply(api.cancel(order, event.reason()), order, changed);
        });
        dialog.open();
    }

    private static void apply(OrderPayload payload, Order order, Consumer<String> changed) {
        UI ui = UI.getCurrent();
        if (payload.succeeded()) {
            Notifications.success(ui.getTranslation("order.cancelled", order.number()));
        } else if (payload.versionConflict()) {
            Notifications.error(ui.getTranslation("order.conflict"));
        } else if (payload.userErrors().stream().anyMatch(error -> error.code() == UserErrorCode.ILLEGAL_STATE)) {
            Notifications.error(ui.getTranslation("order.notCancellable"));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
            return;
        }
        changed.accept(order.id());
    }
}
