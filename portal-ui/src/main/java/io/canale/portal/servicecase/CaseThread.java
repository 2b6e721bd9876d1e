package io.canale.portal.servicecase;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import io.canale.portal.DateTimes;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.UserError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A case's thread: each comment with its author's partner (and the person, where the API names one), when, who may
 * read it, and its files (the author may attach more: photos straight from a phone's camera, PDFs); below, a composer offering only the visibilities the API lets the reader choose, and the party
 * an addressed comment goes to.
 */
class CaseThread extends Div {

    private final ServiceCase serviceCase;
    private final ServiceCaseApi api;
    private final Runnable changed;
    private final Select<ServiceCase.Visibility> visibility = new Select<>();
    private final Select<PartnerRef> addressedTo = new Select<>();
    private final TextArea body = new TextArea();

    CaseThread(ServiceCase serviceCase, ServiceCaseApi api, Runnable changed) {
        this.serviceCase = serviceCase;
        this.api = api;
        this.changed = changed;
        setId("case-thread");
        addClassName("detail-section");
        add(new H3(getTranslation("case.thread")), comments());
        if (serviceCase.viewerCan().comment()) {
            add(composer());
        }
    }

    private Component comments() {
        if (serviceCase.comments().isEmpty()) {
            return new Div(getTranslation("case.thread.empty"));
        }
        UnorderedList list = new UnorderedList();
        serviceCase.comments().forEach(comment -> list.add(comment(comment)));
        return list;
    }

    private ListItem comment(ServiceCase.Comment comment) {
        String who = comment.author() == null ? comment.authorPartner().name() : comment.authorPartner().name() + " · " + comment.author();
        Span heading = new Span(DateTimes.format(comment.at()) + " · " + who);
        heading.addClassName("entry-heading");
        Span audience = new Span(audience(comment));
        audience.addClassName("comment-visibility");
        audience.getElement().setAttribute("data-visibility", comment.visibility().name());
        Div text = new Div(comment.deleted() ? getTranslation("case.comment.deleted") : comment.body());
        text.addClassName("comment-body");
        ListItem item = new ListItem(heading, audience, text);
        item.setId("case-comment-" + comment.id());
        if (!comment.attachments().isEmpty()) {
            item.add(attachments(comment));
        }
        if (comment.mayAttach()) {
            item.add(attacher(comment));
        }
        return item;
    }

    /** The comment's files as downloads, fetched from the backend through the portal with the user's token. */
    private Component attachments(ServiceCase.Comment comment) {
        UnorderedList files = new UnorderedList();
        files.addClassName("comment-attachments");
        files.getElement().setAttribute("aria-label", getTranslation("case.attachments"));
        for (ServiceCase.Attachment file : comment.attachments()) {
            Anchor download = new Anchor(event -> {
                event.setFileName(file.fileName());
                event.setContentType(file.contentType());
                api.copyAttachment(file.downloadPath(), event.getOutputStream());
            }, file.fileName() + " (" + sizeText(file.size()) + ")");
            download.setId("attachment-" + file.id());
            files.add(new ListItem(download));
        }
        return files;
    }

    /**
     * Lets the comment's author attach photos and PDFs; on a phone the camera is offered ({@code capture}). The file
     * goes to the backend as soon as it arrives; the backend decides by its content whether it is kept.
     */
    private Component attacher(ServiceCase.Comment comment) {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> attached(comment, metadata, file)));
        upload.setId("attach-" + comment.id());
        upload.setAcceptedFileTypes("image/*", "application/pdf");
        upload.setMaxFileSize((int) ServiceCaseApi.MAX_ATTACHMENT_BYTES);
        upload.getElement().setAttribute("capture", "environment");
        upload.setUploadButton(new Button(getTranslation("case.attach"), new Icon(VaadinIcon.CAMERA)));
        upload.setDropLabel(new Span(getTranslation("case.attach.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("case.attach.rejected")));
        upload.addClassName("comment-attach");
        return upload;
    }

    /** Runs in the upload request (which carries the user's session): forwards the file, then updates the page. */
    private void attached(ServiceCase.Comment comment, UploadMetadata metadata, File file) throws IOException {
        List<UserError> refused;
        ApiException failed = null;
        try {
            refused = api.attach(serviceCase.id(), comment.id(), file, metadata.fileName());
        } catch (ApiException ex) {
            refused = List.of();
            failed = ex;
        } finally {
            Files.deleteIfExists(file.toPath());
        }
        List<UserError> reasons = refused;
        ApiException failure = failed;
        getUI().ifPresent(ui -> ui.access(() -> {
            if (failure != null) {
                Notifications.apiError(failure);
            } else if (reasons.isEmpty()) {
                Notifications.success(getTranslation("case.attach.done"));
                changed.run();
            } else {
                Notifications.error(refusalText(reasons.getFirst()));
            }
        }));
    }

    private String refusalText(UserError reason) {
        return reason.code() == null ? getTranslation("attachment.refused") : switch (reason.code()) {
            case INVALID, TOO_LONG, TOO_MANY -> getTranslation("attachment.refused." + reason.code().name());
            default -> getTranslation("attachment.refused");
        };
    }

    private static String sizeText(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String audience(ServiceCase.Comment comment) {
        return switch (comment.visibility()) {
            case INTERNAL -> getTranslation("visibility.INTERNAL");
            case SHARED -> getTranslation("visibility.SHARED");
            case ADDRESSED -> comment.addressedTo() == null ? getTranslation("visibility.toStaff")
                    : getTranslation("visibility.to", comment.addressedTo().name());
        };
    }

    private Component composer() {
        List<ServiceCase.Visibility> allowed = serviceCase.viewerCan().commentVisibilities();
        visibility.setId("comment-visibility");
        visibility.setLabel(getTranslation("case.comment.visibility"));
        visibility.setItems(allowed);
        visibility.setItemLabelGenerator(value -> getTranslation("visibility." + value.name()));
        visibility.setValue(allowed.contains(ServiceCase.Visibility.SHARED) ? ServiceCase.Visibility.SHARED : allowed.getFirst());
        addressedTo.setId("comment-addressed-to");
        addressedTo.setLabel(getTranslation("case.comment.addressedTo"));
        addressedTo.setItems(serviceCase.parties().stream().map(ServiceCase.Party::partner).toList());
        addressedTo.setItemLabelGenerator(partner -> partner == null ? getTranslation("visibility.toStaff") : partner.name());
        addressedTo.setEmptySelectionAllowed(true);
        addressedTo.setEmptySelectionCaption(getTranslation("visibility.toStaff"));
        addressedTo.setVisible(false);
        visibility.addValueChangeListener(change -> addressedTo.setVisible(change.getValue() == ServiceCase.Visibility.ADDRESSED));
        body.setId("comment-body");
        body.setLabel(getTranslation("case.comment"));
        body.setMaxLength(10_000);
        body.setWidthFull();
        Button send = new Button(getTranslation("case.comment.send"), click -> send());
        send.setId("comment-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Div composer = new Div(visibility, addressedTo, body, send);
        composer.addClassName("comment-composer");
        return composer;
    }

    private void send() {
        if (body.getValue().isBlank()) {
            body.setErrorMessage(getTranslation("validation.required"));
            body.setInvalid(true);
            return;
        }
        boolean addressed = visibility.getValue() == ServiceCase.Visibility.ADDRESSED;
        CaseCommentPayload answer = api.comment(serviceCase, visibility.getValue(),
                addressed && addressedTo.getValue() != null ? addressedTo.getValue().id() : null, body.getValue().trim());
        if (answer.succeeded()) {
            Notifications.success(getTranslation("case.comment.sent"));
            changed.run();
        } else {
            UserErrorDisplay.showOrNotify(answer.userErrors(), new FieldPaths<com.vaadin.flow.component.HasValidation>()
                    .bind("body", body).bind("visibility", visibility).bind("addressedTo", addressedTo));
        }
    }
}
