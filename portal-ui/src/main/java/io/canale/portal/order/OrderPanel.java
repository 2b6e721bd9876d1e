package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A part of the order detail contributed by a feature of its own (the dealer's cancellation, the
 * supplier's confirmation, the carrier's events): a Spring bean that builds a fresh component per order,
 * or nothing when the order's {@code viewerCan} does not call for it. The detail view shows them in their
 * {@link org.springframework.core.Ordered} order below its own sections, so new panels need no change to the
 * view.
 */
interface OrderPanel {

    /**
     * @param order the order as loaded, with its detail fields
     * @param changed call with the order's id after a change, so the view reloads and redraws the order
     */
    Optional<Component> create(Order order, Consumer<String> changed);
}
