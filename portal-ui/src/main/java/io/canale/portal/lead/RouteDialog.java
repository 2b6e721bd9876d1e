package io.canale.portal.lead;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.api.Paging;
import io.canale.portal.api.Partner;

/** Staff pick the dealer to route a lead to by hand; raises {@link RouteEvent}. */
class RouteDialog extends Dialog {

    private final DealerPicker dealer;

    RouteDialog(LeadApi api, Paging paging) {
        dealer = new DealerPicker(api, paging);
        setHeaderTitle(getTranslation("lead.routeTo"));
        setId("route-dialog");
        dealer.setId("route-dealer");
        dealer.setLabel(getTranslation("lead.dealer"));
        dealer.setWidthFull();
        add(dealer);
        Button route = new Button(getTranslation("lead.route"), click -> confirm());
        route.setId("route-confirm");
        route.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), route);
        setWidth("min(28rem, 95vw)");
    }

    private void confirm() {
        if (dealer.getValue() == null) {
            dealer.setErrorMessage(getTranslation("validation.required"));
            dealer.setInvalid(true);
            return;
        }
        fireEvent(new RouteEvent(this, dealer.getValue()));
    }

    Registration addRouteListener(ComponentEventListener<RouteEvent> listener) {
        return addListener(RouteEvent.class, listener);
    }

    static final class RouteEvent extends ComponentEvent<RouteDialog> {

        private final Partner dealer;

        RouteEvent(RouteDialog source, Partner dealer) {
            super(source, false);
            this.dealer = dealer;
        }

        Partner dealer() {
            return dealer;
        }
    }
}
