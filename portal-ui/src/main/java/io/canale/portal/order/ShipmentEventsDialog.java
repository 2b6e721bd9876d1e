package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.canale.portal.DateTimes;
import java.io.File;

/**
 * A shipment's events, oldest first, in the reader's language and time zone: a corrected event stays in the list,
 * struck through, followed by its correction. Where the API allows it ({@code viewerCan}): the reporter corrects the
 * last event (one button per event it may become), and the carrier attaches the photo of the delivered goods; every
 * reader of the shipment downloads that photo.
 */
class ShipmentEventsDialog extends Dialog {

    /** What the view does with a correction or an uploaded photo. */
    interface Actions {
        void correct(Shipment shipment, ShipmentEventType type, String detail);

        /** Runs in the upload's request; the file is deleted afterwards. */
        void attachProof(Shipment shipment, File photo, String fileName);

        void downloadProof(Shipment.ProofOfDelivery proof, java.io.OutputStream out);
    }

    private final Shipment shipment;
    private final Actions actions;

    ShipmentEventsDialog(Shipment shipment, Actions actions) {
        this.shipment = shipment;
        this.actions = actions;
        setId("shipment-events-dialog");
        setHeaderTitle(getTranslation("shipment.events.title", shipment.orderNumber() == null ? "–" : shipment.orderNumber()));
        setWidth("min(32rem, 95vw)");
        add(configureEvents());
        if (!shipment.correctionEvents().isEmpty()) {
            add(configureCorrection());
        }
        if (shipment.proofOfDelivery() != null || shipment.viewerCan() != null && shipment.viewerCan().attachProofOfDelivery()) {
            add(configureProof());
        }
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("shipment-events-close");
        getFooter().add(close);
    }

    private Component configureEvents() {
        if (shipment.events().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("shipment.noEvents"));
            none.setId("shipment-events-none");
            return none;
        }
        OrderedList list = new OrderedList();
        list.setId("shipment-events");
        list.addClassName("shipment-events");
        for (Shipment.Event event : shipment.events()) {
            ListItem item = new ListItem();
            item.setId("shipment-event-" + event.eventId());
            Span what = new Span(getTranslation("shipmentEvent." + event.type()));
            what.addClassName("shipment-event-type");
            item.add(what, new Span(" · " + DateTimes.format(event.occurredAt())));
            if (event.detail() != null) {
                item.add(new Span(" · " + event.detail()));
            }
            if (event.corrected()) {
                item.addClassName("corrected");
                Span note = new Span(getTranslation("shipment.event.corrected"));
                note.addClassName("shipment-event-note");
                item.add(note);
            } else if (event.corrects() != null) {
                Span note = new Span(getTranslation("shipment.event.correction"));
                note.addClassName("shipment-event-note");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    /** One button per event the last one may be corrected into, asking for the detail that event needs. */
    private Component configureCorrection() {
        Div section = new Div();
        section.setId("shipment-correction");
        section.addClassName("shipment-correction");
        section.add(new H4(getTranslation("shipment.correct.title")));
        String until = shipment.correctableUntil() == null ? "" : DateTimes.format(shipment.correctableUntil());
        section.add(new Paragraph(getTranslation("shipment.correct.hint", getTranslation("shipmentEvent." + shipment.lastEvent().type()), until)));
        Div buttons = new Div();
        buttons.addClassName("shipment-actions");
        for (ShipmentEventType type : shipment.correctionEvents()) {
            Button button = new Button(getTranslation("shipmentEvent." + type), click -> choose(type, actions::correct));
            button.setId("shipment-correct-" + type);
            button.addThemeVariants(ButtonVariant.LARGE);
            buttons.add(button);
        }
        section.add(buttons);
        return section;
    }

    private void choose(ShipmentEventType type, TriConsumer then) {
        if (type.detail == ShipmentEventType.Detail.NONE) {
            close();
            then.accept(shipment, type, null);
            return;
        }
        ShipmentDetailDialog detail = new ShipmentDetailDialog(type);
        detail.addDetailListener(event -> {
            detail.close();
            close();
            then.accept(shipment, type, event.detail());
        });
        detail.open();
    }

    @FunctionalInterface
    private interface TriConsumer {
        void accept(Shipment shipment, ShipmentEventType type, String detail);
    }

    /** The photo of the delivered goods: a download for every reader, an upload (camera on a phone) for the carrier. */
    private Component configureProof() {
        Div section = new Div();
        section.setId("shipment-proof");
        section.addClassName("shipment-proof");
        section.add(new H4(getTranslation("shipment.proof.title")));
        Shipment.ProofOfDelivery proof = shipment.proofOfDelivery();
        if (proof != null) {
            Anchor download = new Anchor(event -> {
                event.setFileName(proof.fileName());
                event.setContentType(proof.contentType());
                actions.downloadProof(proof, event.getOutputStream());
            }, "");
            download.add(new Icon(VaadinIcon.PICTURE), new Span(getTranslation("shipment.proof.download", proof.fileName(),
                    DateTimes.format(proof.uploadedAt()))));
            download.setId("shipment-proof-download");
            section.add(download);
        } else {
            Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> actions.attachProof(shipment, file, metadata.fileName())));
            upload.setId("shipment-proof-upload");
            upload.setAcceptedFileTypes("image/*");
            upload.setMaxFileSize((int) ShipmentApi.MAX_PROOF_BYTES);
            upload.getElement().setAttribute("capture", "environment");
            upload.setUploadButton(new Button(getTranslation("shipment.proof.attach"), new Icon(VaadinIcon.CAMERA)));
            upload.setDropLabel(new Span(getTranslation("shipment.proof.drop")));
            upload.addFileRejectedListener(event -> io.canale.portal.Notifications.error(getTranslation("shipment.proof.rejected")));
            section.add(upload);
        }
        return section;
    }

}
