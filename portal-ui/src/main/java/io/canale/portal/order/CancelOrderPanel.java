package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.canale.portal.Notifications;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.UserErrorCode;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.Ordered;

/**
 * Cancels an order with a reason, where the API lets the reader (the ordering dealer or staff, before the
 * supplier answered), based on the version shown: a change meanwhile is refused by the API and the order is
 * reloaded.
 */
@SpringComponent
class CancelOrderPanel implements OrderPanel, Ordered {

    static final int MAX_REASON = 500;

    private final OrderApi api;

    CancelOrderPanel(OrderApi api) {
        this.api = api;
    }

    /** The first of the order's panels. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Optional<Component> create(Order order, Consumer<String> changed) {
        if (!order.viewerCan().cancel()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button cancel = new Button(ui.getTranslation("order.cancel"), new Icon(VaadinIcon.BAN),
                click -> confirm(order, changed));
        cancel.setId("order-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        return Optional.of(cancel);
    }

    private void confirm(Order order, Consumer<String> changed) {
        UI ui = UI.getCurrent();
        ReasonDialog dialog = new ReasonDialog(ui.getTranslation("order.cancel.title", order.label()),
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
            Notifications.success(ui.getTranslation("order.cancelled", order.label()));
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
