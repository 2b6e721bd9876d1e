package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.canale.portal.DateTimes;
import java.util.List;
import java.util.function.Consumer;

/**
 * The case's return (RMA) as every party sees it: the number, the lines authorised to go back with the supplier's
 * inspection of each (condition, outcome, reason, the replacement order), the return shipments with their carrier and
 * status. The moves come only from {@code viewerCan}: staff authorise, the dealer (or staff) ships the goods back, the
 * supplier records the inspection of a line; the carrier is pointed to its shipment board.
 */
class CaseReturn extends Div {

    private final ServiceCase serviceCase;
    private final ServiceCase.Return rma;
    private final ReturnDialogs dialogs;

    CaseReturn(ServiceCase serviceCase, ServiceCaseApi api, Consumer<ServiceCasePayload> answer) {
        this.serviceCase = serviceCase;
        this.rma = serviceCase.returnAuthorization();
        this.dialogs = new ReturnDialogs(serviceCase, api, answer);
        configureSection();
        if (rma == null) {
            add(new Div(getTranslation("case.return.none")));
        } else {
            configureNumber();
            configureLines();
            configureShipments();
        }
        configureActions();
    }

    private void configureSection() {
        setId("case-return");
        addClassName("detail-section");
        ServiceCase.Actions can = serviceCase.viewerCan();
        // Cases without a return say nothing about returns, unless staff may authorise one.
        setVisible(rma != null || can.authorizeReturn());
        add(new H3(getTranslation("case.return")));
    }

    private void configureNumber() {
        Div number = new Div(getTranslation("case.return.number", rma.number(), DateTimes.format(rma.authorizedAt())));
        number.setId("case-rma-number");
        add(number);
    }

    private void configureLines() {
        UnorderedList list = new UnorderedList();
        list.addClassName("return-lines");
        rma.lines().forEach(line -> list.add(line(line)));
        add(new H4(getTranslation("case.return.lines")), list);
    }

    private ListItem line(ServiceCase.ReturnLine line) {
        Span heading = new Span(getTranslation("case.return.line", product(line), line.quantity()));
        heading.addClassName("entry-heading");
        ListItem item = new ListItem(heading);
        item.setId("case-return-line-" + key(line));
        rma.inspectionOf(line).ifPresentOrElse(inspection -> inspected(item, line, inspection), () -> awaiting(item, line));
        return item;
    }

    /** The SKU, and the product's name where the line is one of the case's linked lines. */
    private String product(ServiceCase.ReturnLine line) {
        return serviceCase.lines().stream().filter(linked -> linked.orderId().equals(line.orderId()) && linked.line() == line.line())
                .findFirst().map(linked -> line.sku() + " · " + linked.name()).orElse(line.sku());
    }

    private void inspected(ListItem item, ServiceCase.ReturnLine line, ServiceCase.Inspection inspection) {
        Div outcome = new Div(getTranslation("case.return.inspected", inspection.receivedQuantity(),
                getTranslation("returnCondition." + inspection.condition()), getTranslation("returnOutcome." + inspection.outcome())));
        outcome.setId("case-return-outcome-" + key(line));
        outcome.getElement().setAttribute("data-outcome", inspection.outcome().name());
        item.add(outcome);
        if (inspection.reason() != null && !inspection.reason().isBlank()) {
            item.add(new Div(getTranslation("case.return.reason", inspection.reason())));
        }
        if (inspection.replacementOrderId() != null) {
            // The order's page (orders capability); a relative link, as the router resolves it.
            Anchor replacement = new Anchor("orders/" + inspection.replacementOrderId(),
                    getTranslation("case.return.replacement", inspection.replacementOrderId()));
            replacement.setId("case-return-replacement-" + key(line));
            item.add(new Div(replacement));
        }
    }

    private void awaiting(ListItem item, ServiceCase.ReturnLine line) {
        item.add(new Div(getTranslation("case.return.awaiting")));
        if (serviceCase.viewerCan().inspectReturn()) {
            item.add(button("case-return-inspect-" + key(line), "case.return.inspect", false, () -> dialogs.inspect(line)));
        }
    }

    private void configureShipments() {
        List<ServiceCase.ReturnShipment> shipments = rma.shipments();
        add(new H4(getTranslation("case.return.shipments")));
        if (shipments.isEmpty()) {
            add(new Div(getTranslation("case.return.shipments.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        shipments.forEach(shipment -> list.add(shipment(shipment)));
        add(list);
    }

    private ListItem shipment(ServiceCase.ReturnShipment shipment) {
        Span carrier = new Span(shipment.carrier().name());
        carrier.addClassName("entry-heading");
        Span status = new Span(shipment.status() == null ? getTranslation("case.return.statusHidden")
                : getTranslation("shipmentStatus." + shipment.status()));
        status.addClassName("case-status");
        if (shipment.status() != null) {
            status.getElement().setAttribute("data-status", shipment.status().name());
        }
        ListItem item = new ListItem(carrier, status);
        item.setId("case-return-shipment-" + shipment.shipmentId());
        return item;
    }

    /** The moves {@code viewerCan} allows on the return as a whole. */
    private void configureActions() {
        ServiceCase.Actions can = serviceCase.viewerCan();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        if (can.authorizeReturn()) {
            bar.add(button("case-return-authorize", "case.return.authorize", true, dialogs::authorize));
        }
        if (can.shipReturn() && rma != null && !rma.ordersToShip().isEmpty()) {
            bar.add(button("case-return-ship", "case.return.ship", true, dialogs::ship));
        }
        if (can.carryReturn()) {
            bar.add(new Anchor("shipments", getTranslation("case.return.carrierBoard")));
        }
        if (bar.getComponentCount() > 0) {
            add(bar);
        }
    }

    private Component button(String id, String textKey, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(primary ? ButtonVariant.PRIMARY : ButtonVariant.SMALL);
        return button;
    }

    /** A line's key in element ids: its order and line number. */
    static String key(ServiceCase.ReturnLine line) {
        return line.orderId() + "-" + line.line();
    }
}
