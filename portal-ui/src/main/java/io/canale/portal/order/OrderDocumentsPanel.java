package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;

/**
 * The order's confirmation as a PDF download (the dealer, the order's supplier and staff) and, for the ordering
 * dealer, "order again": a new draft with the same lines, opened in order entry with the lines that could not be
 * copied listed there. Both are offered as the order's {@code viewerCan} says.
 */
@SpringComponent
class OrderDocumentsPanel implements OrderPanel, Ordered {

    private final OrderApi api;
    /** The cart is the UI's own (UI scope): looked up per reorder, as panels are shared. */
    private final ObjectProvider<OrderCart> carts;

    OrderDocumentsPanel(OrderApi api, ObjectProvider<OrderCart> carts) {
        this.api = api;
        this.carts = carts;
    }

    /** After the cancellation. */
    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Optional<Component> create(Order order, Consumer<String> changed) {
        UI ui = UI.getCurrent();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("order-documents");
        if (order.viewerCan().downloadConfirmation()) {
            actions.add(download(order, ui));
        }
        if (order.viewerCan().reorder()) {
            Button reorder = new Button(ui.getTranslation("order.reorder"), new Icon(VaadinIcon.REFRESH), click -> reorder(order, ui));
            reorder.setId("order-reorder");
            reorder.setDisableOnClick(true);
            actions.add(reorder);
        }
        return actions.getComponentCount() == 0 ? Optional.empty() : Optional.of(actions);
    }

    /** Fetched from the backend through the portal with the user's token, in the reader's language and formats. */
    private Component download(Order order, UI ui) {
        Locale locale = ui.getLocale();
        String fileName = ui.getTranslation("order.confirmation.file", order.label());
        Anchor download = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            api.copyConfirmation(order.id(), locale, event.getOutputStream());
        }, "");
        download.add(new Icon(VaadinIcon.FILE_TEXT_O), new com.vaadin.flow.component.html.Span(ui.getTranslation("order.confirmation")));
        download.setId("order-confirmation-pdf");
        download.addClassName("order-confirmation-link");
        return download;
    }

    private void reorder(Order order, UI ui) {
        ReorderPayload payload = api.reorder(order);
        if (!payload.succeeded()) {
            if (payload.userErrors().stream().anyMatch(error -> error.code() == io.canale.portal.api.UserErrorCode.ILLEGAL_STATE)) {
                Notifications.error(ui.getTranslation("order.reorder.nothing"));
            } else {
                UserErrorDisplay.notify(payload.userErrors());
            }
            return;
        }
        carts.getObject().reordered(order.label(), payload.draft().id(), leftOut(payload.notReordered(), ui));
        ui.navigate(OrderEntryView.class, SavedDraftsPanel.continuing(payload.draft().id()));
    }

    /** One sentence per line left out, saying why, in the reader's words. */
    private static List<String> leftOut(List<ReorderPayload.NotReordered> lines, UI ui) {
        return lines.stream().map(line -> ui.getTranslation("order.reorder.leftOut." + reason(line), line.sku(), line.name(),
                line.quantity())).toList();
    }

    private static String reason(ReorderPayload.NotReordered line) {
        return line.code() == null ? "other" : switch (line.code()) {
            case NOT_FOUND -> "unknown";
            case ILLEGAL_STATE -> "withdrawn";
            case NOT_ALLOWED -> "unpriced";
            default -> "other";
        };
    }
}
