package io.canale.portal.order;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The order being entered in this browser tab: it survives a trip to the catalog to add another product,
 * and its idempotency key every retry. A new form (and key) starts only after a successful submission.
 */
@SpringComponent
@UIScope
class OrderCart {

    private OrderForm form = new OrderForm();

    OrderForm form() {
        return form;
    }

    /** Continues a saved draft in place of the current form. */
    void resume(OrderForm saved) {
        form = saved;
    }

    void startOver() {
        form = new OrderForm();
    }
}
