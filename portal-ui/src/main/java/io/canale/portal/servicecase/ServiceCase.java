package io.canale.portal.servicecase;

import io.canale.portal.api.EndCustomer;
import io.canale.portal.api.Money;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service case as the API returns it, with what the reader may do with it. Lists read only their columns' fields;
 * the others are then null. {@code endCustomer} is null for suppliers and carriers, {@code coordinator} for partners.
 */
@SchemaType
record ServiceCase(String id, Type type, Priority priority, Status status, String subject, String description, PartnerRef dealer,
        List<Party> parties, String coordinator, WaitingOn waitingOn, String waitingReason, Resolution resolution,
        String resolutionNote, List<Line> lines, String productSku, EndCustomer endCustomer, Warranty warranty, Sla sla,
        List<Comment> comments, List<Claim> recoveryClaims, Survey survey, Return returnAuthorization, Instant createdAt,
        List<TimelineEntry> timeline, int version, Actions viewerCan) {

    @SchemaType("ServiceCaseType")
    enum Type { COMPLAINT, WARRANTY_CLAIM, RETURN, DELIVERY_DAMAGE }

    @SchemaType("ServiceCasePriority")
    enum Priority { LOW, NORMAL, HIGH, URGENT }

    @SchemaType("ServiceCaseStatus")
    enum Status { NEW, TRIAGED, IN_PROGRESS, WAITING, RESOLVED, CLOSED }

    @SchemaType("CaseWaitingOn")
    enum WaitingOn { DEALER, SUPPLIER, CARRIER, END_CUSTOMER }

    @SchemaType("CaseResolution")
    enum Resolution { REPAIR, REPLACE, REFUND, CREDIT, REJECTED }

    @SchemaType("CasePartyRole")
    enum Role { DEALER, SUPPLIER, CARRIER }

    @SchemaType("CommentVisibility")
    enum Visibility { INTERNAL, SHARED, ADDRESSED }

    @SchemaType("SlaState")
    enum SlaState { RUNNING, WARNING, BREACHED, PAUSED, MET }

    @SchemaType("WarrantyVerdict")
    enum Verdict { COVERED, NOT_COVERED, NEEDS_REVIEW }

    @SchemaType("ServiceCaseParty")
    record Party(PartnerRef partner, Role role) {
    }

    @SchemaType("ServiceCaseLine")
    record Line(String orderId, int line, String sku, String name, int quantity) {
    }

    @SchemaType("WarrantyDecision")
    record Warranty(Verdict verdict, String explanation, List<WarrantyLine> lines) {
    }

    @SchemaType("WarrantyLineDecision")
    record WarrantyLine(String sku, Verdict verdict, String explanation) {
    }

    @SchemaType("ServiceCaseSla")
    record Sla(String calendar, Clock firstResponse, Clock resolution) {
    }

    @SchemaType("SlaClock")
    record Clock(SlaState state, int targetMinutes, int elapsedMinutes, Instant dueAt, Instant breachedAt, int pausedMinutes) {
    }

    @SchemaType("CaseComment")
    record Comment(String id, Visibility visibility, PartnerRef addressedTo, String body, PartnerRef authorPartner, String author,
            Instant at, Instant editedAt, boolean deleted, List<Attachment> attachments, CommentActions viewerCan) {

        Comment {
            attachments = attachments == null ? List.of() : attachments;
        }

        boolean mayAttach() {
            return viewerCan != null && viewerCan.attach();
        }
    }

    /** A file on a comment; {@code downloadPath} is the backend's, fetched through the portal with the user's token. */
    @SchemaType("CaseAttachment")
    record Attachment(String id, String fileName, String contentType, long size, String downloadPath) {
    }

    @SchemaType("CaseCommentActions")
    record CommentActions(boolean attach) {
    }

    @SchemaType("ServiceCaseActions")
    record Actions(boolean triage, boolean startWork, boolean waitOn, boolean resolve, boolean close, boolean reopen,
            boolean comment, List<Visibility> commentVisibilities, boolean openRecoveryClaim, boolean authorizeReturn, boolean shipReturn,
            boolean carryReturn, boolean inspectReturn) {
    }

    @SchemaType("CaseSurveyStatus")
    enum SurveyStatus { MAILED, TO_FORWARD, ANSWERED, EXPIRED }

    /** The end customer's satisfaction survey sent on closure; the API shows it to the dealer and staff only. */
    @SchemaType("CaseSurvey")
    record Survey(SurveyStatus status, String sentTo, String link, Integer score, String comment, Instant expiresAt) {
    }

    @SchemaType("RecoveryClaimReason")
    enum ClaimReason { DEFECTIVE_PART, TRANSPORT_DAMAGE }

    @SchemaType("RecoveryClaimStatus")
    enum ClaimStatus { OPEN, ACCEPTED, DISPUTED, WITHDRAWN }

    /** A recovery claim from this case: the API lists only those the reader may see (staff, the claimed partner). */
    @SchemaType("RecoveryClaim")
    record Claim(String id, PartnerRef against, ClaimReason reason, Money amount, String evidence, ClaimStatus status, String answer,
            int version, ClaimActions viewerCan) {
    }

    @SchemaType("RecoveryClaimActions")
    record ClaimActions(boolean accept, boolean dispute, boolean withdraw) {
    }

    @SchemaType("ReturnOutcome")
    enum Outcome { REFUND, REPLACE, REPAIR, REJECT }

    @SchemaType("ReturnCondition")
    enum Condition { UNOPENED, AS_NEW, USED, DAMAGED, DEFECTIVE }

    /** The return authorised on the case (RMA): what may go back, how it travels, what the supplier found. */
    @SchemaType("ReturnAuthorization")
    record Return(String number, Instant authorizedAt, List<ReturnLine> lines, List<ReturnShipment> shipments, List<Inspection> inspections) {

        Return {
            shipments = shipments == null ? List.of() : shipments;
            inspections = inspections == null ? List.of() : inspections;
        }

        /** The supplier's inspection of the line, if it was inspected. */
        Optional<Inspection> inspectionOf(ReturnLine line) {
            return inspections.stream().filter(i -> i.orderId().equals(line.orderId()) && i.line() == line.line()).findFirst();
        }

        /** The orders whose authorised goods have not been handed to a carrier yet, in the order of the lines. */
        List<String> ordersToShip() {
            return lines.stream().map(ReturnLine::orderId).distinct()
                    .filter(orderId -> shipments.stream().noneMatch(shipment -> shipment.orderId().equals(orderId))).toList();
        }
    }

    @SchemaType("ReturnLine")
    record ReturnLine(String orderId, int line, String sku, int quantity) {
    }

    /** {@code status} is null for a reader who may not see the shipment. */
    @SchemaType("ReturnShipmentRef")
    record ReturnShipment(String orderId, String shipmentId, PartnerRef carrier, io.canale.portal.order.Shipment.Status status) {
    }

    @SchemaType("ReturnInspection")
    record Inspection(String orderId, int line, int receivedQuantity, Condition condition, Outcome outcome, String reason, Instant at,
            String replacementOrderId) {
    }

    /** A short number to tell cases apart on screen: the end of the opaque id. */
    String number() {
        String end = id.length() <= 6 ? id : id.substring(id.length() - 6);
        return end.toUpperCase(Locale.ROOT);
    }
}
