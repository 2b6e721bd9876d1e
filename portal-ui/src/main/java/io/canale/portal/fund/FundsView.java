package io.canale.portal.fund;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import io.canale.portal.Amounts;
import io.canale.portal.Confirmations;
import io.canale.portal.DateTimes;
import io.canale.portal.Notifications;
import io.canale.portal.PagedGrids;
import io.canale.portal.ReasonDialog;
import io.canale.portal.Toolbar;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.Paging;
import io.canale.portal.api.UserError;
import io.canale.portal.api.ViewerActions;
import io.canale.portal.fund.FundInputs.FundRequestPayload;
import io.canale.portal.security.Areas;
import io.canale.portal.security.CurrentViewer;
import io.canale.portal.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Market development funds: the allocations the caller may see, newest first, each as a card with its requests. A
 * dealer requests funds, attaches proof and claims; staff approve or reject requests and claims (with "awaiting staff"
 * as their approval queue). Every action is offered as the record's {@code viewerCan} allows; one column of cards fits a
 * phone.
 */
@Route(value = "funds", layout = MainLayout.class)
@Menu(title = "nav.funds", icon = "vaadin:piggy-bank-coin")
@RolesAllowed(Areas.FUNDS)
class FundsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_TEXT = 5_000;

    private final Grid<FundAllocation> grid = new Grid<>();
    private final Checkbox awaitingStaff = new Checkbox();
    private final FundApi api;
    private final ViewerActions can;
    private final Runnable refreshGrid;

    FundsView(FundApi api, Paging paging, CurrentViewer viewer) {
        this.api = api;
        this.can = viewer.can();
        this.refreshGrid = PagedGrids.bind(grid, paging.pager((first, after) -> api.page(first, after, awaitingStaff.getValue())));
        addClassName("funds-view");
        setSizeFull();
        configureGrid();
        configureFilter();
        add(new Toolbar(awaitingStaff), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funds");
    }

    /** {@code ?awaitingStaff=true} (the home's link to staff's queue) opens the queue. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean queue = event.getLocation().getQueryParameters().getSingleParameter("awaitingStaff").map("true"::equals).orElse(false);
        if (queue && awaitingStaff.isVisible() && !awaitingStaff.getValue()) {
            awaitingStaff.setValue(true);
        }
    }

    private void configureGrid() {
        grid.setId("fund-grid");
        grid.addComponentColumn(this::card).setHeader(getTranslation("funds.allocations"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("funds.empty"));
    }

    private void configureFilter() {
        awaitingStaff.setId("funds-awaiting-staff");
        awaitingStaff.setLabel(getTranslation("funds.awaitingStaff"));
        awaitingStaff.setVisible(can.seeOtherPartners());
        awaitingStaff.addValueChangeListener(change -> refreshGrid.run());
    }

    /** One allocation: what it is, what is left, its requests, and the request action. */
    private Component card(FundAllocation allocation) {
        Div card = new Div();
        card.setId("fund-allocation-" + allocation.id());
        card.addClassName("fund-allocation");
        Div heading = new Div(new Span(allocation.budgetName()));
        heading.addClassName("fund-allocation-heading");
        if (can.seeOtherPartners()) {
            heading.add(new Span(" · " + allocation.partner().name()));
        }
        Span available = new Span(getTranslation("funds.available", Amounts.format(allocation.availableAmount(), getLocale()),
                Amounts.format(allocation.amount(), getLocale())));
        available.setId("fund-available-" + allocation.id());
        card.add(heading, new Div(available));
        if (allocation.viewerCan() != null && allocation.viewerCan().requestFunds()) {
            Button request = new Button(getTranslation("funds.request"), new Icon(VaadinIcon.PLUS), click -> openRequest(allocation));
            request.setId("fund-request-" + allocation.id());
            request.addThemeVariants(ButtonVariant.SMALL);
            card.add(request);
        }
        for (FundAllocation.Request request : allocation.requests()) {
            card.add(request(request));
        }
        return card;
    }

    private Component request(FundAllocation.Request request) {
        Div item = new Div();
        item.setId("fund-request-item-" + request.id());
        item.addClassName("fund-request");
        item.add(new Div(new Span(request.title() + " · " + getTranslation("fundActivity." + request.activity()))));
        Span status = new Span(getTranslation("fundStatus." + request.status()));
        status.setId("fund-status-" + request.id());
        item.add(new Div(status, new Span(" · " + Amounts.format(request.requestedAmount(), getLocale())
                + (request.approvedAmount() == null ? "" : " → " + Amounts.format(request.approvedAmount(), getLocale())))));
        if (request.status() == FundAllocation.Status.APPROVED) {
            item.add(new Div(getTranslation("fund.claimBy", DateTimes.format(request.claimDeadline()))));
        }
        if (request.claim() != null) {
            FundAllocation.Claim claim = request.claim();
            Div claimed = new Div(claim.approvedAmount() == null ? getTranslation("fund.claimedAmount", Amounts.format(claim.amount(), getLocale()))
                    : getTranslation("fund.claimApprovedAmount", Amounts.format(claim.amount(), getLocale()),
                            Amounts.format(claim.approvedAmount(), getLocale())));
            claimed.setId("fund-claim-amount-" + request.id());
            item.add(claimed);
        }
        if (request.question() != null) {
            Div question = new Div(getTranslation("fund.question") + ": " + request.question());
            question.setId("fund-question-" + request.id());
            item.add(question);
        }
        if (request.answer() != null) {
            item.add(new Div(getTranslation("fund.answer") + ": " + request.answer()));
        }
        if (request.comment() != null) {
            item.add(new Div(getTranslation("fund.comment") + ": " + request.comment()));
        }
        if (request.claim() != null && request.claim().comment() != null) {
            item.add(new Div(getTranslation("fund.claimComment") + ": " + request.claim().comment()));
        }
        for (FundAllocation.Evidence file : request.evidence()) {
            Anchor download = new Anchor(event -> {
                event.setFileName(file.fileName());
                event.setContentType(file.contentType());
                api.copyEvidence(file.downloadPath(), event.getOutputStream());
            }, getTranslation("fundEvidence." + file.kind()) + ": " + file.fileName());
            download.setId("fund-evidence-" + file.id());
            item.add(new Div(download));
        }
        item.add(actions(request));
        return item;
    }

    /** The moves the request's {@code viewerCan} allows. */
    private Component actions(FundAllocation.Request request) {
        Div actions = new Div();
        actions.addClassName("fund-request-actions");
        FundAllocation.RequestActions allowed = request.viewerCan();
        if (allowed == null) {
            return actions;
        }
        if (allowed.approve()) {
            actions.add(action("fund-approve-", request, "fund.approve", VaadinIcon.CHECK, () -> openApprove(ApproveFundsDialog.forRequest(request),
                    event -> api.approve(request, event.amount(), event.comment()), "funds.approved")));
        }
        if (allowed.askForInformation()) {
            actions.add(action("fund-ask-", request, "fund.ask", VaadinIcon.QUESTION,
                    () -> withReason(getTranslation("fund.ask"), question -> apply(api.ask(request, question), "funds.asked"))));
        }
        if (allowed.answer()) {
            actions.add(action("fund-answer-", request, "fund.answerAction", VaadinIcon.REPLY,
                    () -> withReason(getTranslation("fund.answerAction"), answer -> apply(api.answer(request, answer), "funds.answered"))));
        }
        if (allowed.withdraw()) {
            actions.add(action("fund-withdraw-", request, "fund.withdraw", VaadinIcon.ARROW_BACKWARD,
                    () -> Confirmations.confirm(getTranslation("fund.withdraw"), getTranslation("fund.withdraw.confirm", request.title()),
                            getTranslation("fund.withdraw"), () -> apply(api.withdraw(request), "funds.withdrawn"))));
        }
        if (allowed.reject()) {
            actions.add(action("fund-reject-", request, "fund.reject", VaadinIcon.CLOSE,
                    () -> withReason(getTranslation("fund.reject"), reason -> apply(api.reject(request, reason), "funds.rejected"))));
        }
        if (allowed.attachEvidence()) {
            actions.add(evidenceUpload(request));
        }
        if (allowed.claim()) {
            Button claim = action("fund-claim-", request, "fund.claim", VaadinIcon.INVOICE,
                    () -> withReason(getTranslation("fund.claim.description"), text -> apply(api.claim(request, text), "funds.claimed")));
            claim.setEnabled(request.missingEvidence().isEmpty());
            actions.add(claim);
            if (!request.missingEvidence().isEmpty()) {
                Span missing = new Span(getTranslation("fund.missingEvidence", String.join(", ",
                        request.missingEvidence().stream().map(kind -> getTranslation("fundEvidence." + kind)).toList())));
                missing.setId("fund-missing-" + request.id());
                actions.add(missing);
            }
        }
        if (allowed.approveClaim()) {
            actions.add(action("fund-approve-claim-", request, "fund.approveClaim", VaadinIcon.CHECK,
                    () -> openApprove(ApproveFundsDialog.forClaim(request),
                            event -> api.approveClaim(request, event.amount(), event.comment()), "funds.claimApproved")));
        }
        if (allowed.rejectClaim()) {
            actions.add(action("fund-reject-claim-", request, "fund.rejectClaim", VaadinIcon.CLOSE,
                    () -> withReason(getTranslation("fund.rejectClaim"), reason -> apply(api.rejectClaim(request, reason), "funds.claimRejected"))));
        }
        if (allowed.markPaid()) {
            actions.add(action("fund-mark-paid-", request, "fund.markPaid", VaadinIcon.MONEY,
                    () -> withText(getTranslation("fund.markPaid"), getTranslation("fund.paymentReference"),
                            reference -> apply(api.markPaid(request, reference), "funds.paid"))));
        }
        return actions;
    }

    private Button action(String idPrefix, FundAllocation.Request request, String labelKey, VaadinIcon icon, Runnable run) {
        Button button = new Button(getTranslation(labelKey), new Icon(icon), click -> run.run());
        button.setId(idPrefix + request.id());
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /** A kind of proof and the file for it; the file goes to the backend as soon as it arrives. */
    private Component evidenceUpload(FundAllocation.Request request) {
        Select<FundAllocation.EvidenceKind> kind = new Select<>();
        kind.setId("fund-evidence-kind-" + request.id());
        kind.setAriaLabel(getTranslation("fund.evidenceKind"));
        kind.setItems(FundAllocation.EvidenceKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("fundEvidence." + value));
        kind.setValue(request.missingEvidence().isEmpty() ? FundAllocation.EvidenceKind.INVOICE : request.missingEvidence().getFirst());
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> attached(request, kind.getValue(), metadata, file)));
        upload.setId("fund-upload-" + request.id());
        upload.setAcceptedFileTypes("image/*", "application/pdf");
        upload.setMaxFileSize((int) FundApi.MAX_EVIDENCE_BYTES);
        upload.setUploadButton(new Button(getTranslation("fund.attach"), new Icon(VaadinIcon.UPLOAD)));
        upload.setDropLabel(new Span(getTranslation("fund.attach.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("case.attach.rejected")));
        return new Div(kind, upload);
    }

    /** Runs in the upload request (which carries the user's session): forwards the file, then updates the page. */
    private void attached(FundAllocation.Request request, FundAllocation.EvidenceKind kind, UploadMetadata metadata, File file)
            throws IOException {
        List<UserError> refused = List.of();
        ApiException failed = null;
        try {
            refused = api.attach(request.id(), kind, file, metadata.fileName());
        } catch (ApiException ex) {
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
                Notifications.success(getTranslation("fund.attach.done"));
                refreshGrid.run();
            } else {
                UserErrorDisplay.notify(reasons);
            }
        }));
    }

    private void withReason(String title, java.util.function.Consumer<String> then) {
        ReasonDialog dialog = new ReasonDialog(title, title, MAX_TEXT);
        dialog.addReasonListener(event -> {
            dialog.close();
            then.accept(event.reason());
        });
        dialog.open();
    }

    /** Asks for a short text such as a payment reference (at most 80 characters). */
    private void withText(String title, String label, java.util.function.Consumer<String> then) {
        ReasonDialog dialog = new ReasonDialog(title, title, 80);
        dialog.setHeaderTitle(title + " · " + label);
        dialog.addReasonListener(event -> {
            dialog.close();
            then.accept(event.reason());
        });
        dialog.open();
    }

    /** Approves a request or a claim for the amount in the dialog; refusals stay on the dialog's fields. */
    private void openApprove(ApproveFundsDialog dialog, java.util.function.Function<ApproveFundsDialog.ApproveEvent, FundRequestPayload> approve,
            String successKey) {
        dialog.addApproveListener(event -> {
            FundRequestPayload payload = approve.apply(event);
            if (payload.succeeded() || payload.versionConflict()) {
                dialog.close();
                apply(payload, successKey);
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    private void openRequest(FundAllocation allocation) {
        RequestFundsDialog dialog = new RequestFundsDialog(allocation);
        dialog.addRequestListener(event -> {
            FundRequestPayload payload = api.request(event.input());
            if (payload.succeeded()) {
                dialog.close();
                Notifications.success(getTranslation("funds.requested", payload.fundRequest().title()));
                refreshGrid.run();
            } else {
                dialog.showUserErrors(payload.userErrors());
            }
        });
        dialog.open();
    }

    private void apply(FundRequestPayload payload, String successKey) {
        if (payload.succeeded()) {
            Notifications.success(getTranslation(successKey, payload.fundRequest().title()));
        } else if (payload.versionConflict()) {
            Notifications.error(getTranslation("funds.conflict"));
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
        refreshGrid.run();
    }
}
