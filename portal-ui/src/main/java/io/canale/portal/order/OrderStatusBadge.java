package io.canale.portal.order;

import com.vaadin.flow.component.html.Span;

/** An order's status as a coloured badge (the {@code .order-status} style, by {@code data-status}). */
class OrderStatusBadge extends Span {

    OrderStatusBadge(Order order) {
        setText(getTranslation("orderStatus." + order.status()));
        setId("order-status-" + order.id());
        addClassName("order-status");
        getElement().setAttribute("data-status", order.status().name());
    }
}
