package io.canale.portal.servicecase;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.ApiException;
import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.EndCustomerInput;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.SchemaType;
import io.canale.portal.api.UserError;
import java.io.File;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The service-case operations of the API (documents under {@code graphql-documents/servicecase/}). Changes answer
 * only the case's id, status and version; the case page reloads the case with {@link #load(String)}, so one document
 * says what the page shows.
 */
@Component
class ServiceCaseApi {

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OpenServiceCaseInput(String dealerId, ServiceCase.Type type, ServiceCase.Priority priority, String subject, String description,
            List<ServiceCaseLineInput> orderLines, String productSku, EndCustomerInput endCustomer, String idempotencyKey) {
    }

    @SchemaType
    record ServiceCaseLineInput(String orderId, int line) {
    }

    @SchemaType
    record ServiceCaseStepInput(String id, int expectedVersion) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TriageServiceCaseInput(String id, int expectedVersion, ServiceCase.Priority priority, Boolean takeIt) {
    }

    @SchemaType
    record WaitOnServiceCaseInput(String id, int expectedVersion, ServiceCase.WaitingOn waitingOn, String reason) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResolveServiceCaseInput(String id, int expectedVersion, ServiceCase.Resolution resolution, String note) {
    }

    @SchemaType
    record ReopenServiceCaseInput(String id, int expectedVersion, String reason) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommentOnServiceCaseInput(String id, ServiceCase.Visibility visibility, String addressedTo, String body) {
    }

    @SchemaType
    record OpenRecoveryClaimInput(String caseId, String againstId, ServiceCase.ClaimReason reason, MoneyInput amount, String evidence) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerRecoveryClaimInput(String id, int expectedVersion, boolean accept, String reason) {
    }

    @SchemaType
    record RecoveryClaimStepInput(String id, int expectedVersion) {
    }

    @SchemaType
    record ReturnLineInput(String orderId, int line, int quantity) {
    }

    @SchemaType
    record AuthorizeReturnInput(String id, int expectedVersion, List<ReturnLineInput> lines) {
    }

    @SchemaType
    record CreateReturnShipmentInput(String id, int expectedVersion, String orderId, String carrierId, int packages) {
    }

    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReturnInspectionInput(String orderId, int line, int receivedQuantity, ServiceCase.Condition condition, ServiceCase.Outcome outcome,
            String reason) {
    }

    @SchemaType
    record InspectReturnInput(String id, int expectedVersion, List<ReturnInspectionInput> lines) {
    }

    private static final org.springframework.core.ParameterizedTypeReference<List<PartnerRef>> CARRIERS =
            new org.springframework.core.ParameterizedTypeReference<>() { };

    /** The backend's limit for one attached file (canale.service.attachments.max-bytes), checked here first. */
    static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** The body of a refused upload: the file endpoints' {@code {"errors": [...]}}. */
    private record Refusal(List<UserError> errors) {
    }

    private final CanaleApi api;
    private final BackendFiles files;

    ServiceCaseApi(CanaleApi api, BackendFiles files) {
        this.api = api;
        this.files = files;
    }

    /** Cards loaded per board column, newest first; a column says how many more it holds. */
    static final int CARDS_PER_COLUMN = 25;

    /** A page of the reader's cases, newest first; null filters do not narrow it. */
    Connection<ServiceCase> page(int first, String after, ServiceCase.Status status, boolean waitingOnMe) {
        return page(first, after, status, waitingOnMe, null);
    }

    /** A page of the reader's cases about one product (any status), or with the other filters; nulls do not narrow it. */
    Connection<ServiceCase> page(int first, String after, ServiceCase.Status status, boolean waitingOnMe, String productSku) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        variables.put("waitingOnMe", waitingOnMe ? Boolean.TRUE : null);
        variables.put("productSku", productSku);
        return api.page("servicecase/serviceCases", "serviceCases", ServiceCase.class, first, after, variables);
    }

    /** The coordination board in one request: the counts and the newest cards of every column. */
    ServiceCaseBoard board() {
        return ServiceCaseBoard.of(api.executeAll("servicecase/serviceCaseBoard", Map.of("first", CARDS_PER_COLUMN),
                ServiceCaseBoard.Data.class));
    }

    /** The reader's cases grouped by product, the most open first. */
    List<ServiceCaseProductCount> products() {
        return api.execute("servicecase/serviceCaseProducts", Map.of(), "serviceCaseProducts",
                new org.springframework.core.ParameterizedTypeReference<List<ServiceCaseProductCount>>() { });
    }

    /** The satisfaction figures the reader may see over the last {@code months} calendar months: in all and per partner. */
    ServiceSatisfaction.Figures satisfaction(int months) {
        return api.executeAll("servicecase/serviceSatisfaction", Map.of("months", months), ServiceSatisfaction.Figures.class);
    }

    /** The case with its thread and timeline, or null when it does not exist or the reader takes no part in it. */
    ServiceCase load(String id) {
        return api.execute("servicecase/serviceCase", Map.of("id", id), "serviceCase", ServiceCase.class);
    }

    /** Active dealers whose name contains the text, for staff opening a case for one of them. */
    Connection<Partner> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.trim());
        return api.page("servicecase/dealers", "partners", Partner.class, first, after, variables);
    }

    ServiceCasePayload open(OpenServiceCaseInput input) {
        return api.mutate("servicecase/openServiceCase", input, ServiceCasePayload.class);
    }

    ServiceCasePayload triage(ServiceCase serviceCase, ServiceCase.Priority priority) {
        return api.mutate("servicecase/triageServiceCase",
                new TriageServiceCaseInput(serviceCase.id(), serviceCase.version(), priority, Boolean.TRUE), ServiceCasePayload.class);
    }

    ServiceCasePayload startWork(ServiceCase serviceCase) {
        return api.mutate("servicecase/startServiceCaseWork", step(serviceCase), ServiceCasePayload.class);
    }

    ServiceCasePayload waitOn(ServiceCase serviceCase, ServiceCase.WaitingOn on, String reason) {
        return api.mutate("servicecase/waitOnServiceCase", new WaitOnServiceCaseInput(serviceCase.id(), serviceCase.version(), on, reason),
                ServiceCasePayload.class);
    }

    ServiceCasePayload resolve(ServiceCase serviceCase, ServiceCase.Resolution resolution, String note) {
        return api.mutate("servicecase/resolveServiceCase",
                new ResolveServiceCaseInput(serviceCase.id(), serviceCase.version(), resolution, note), ServiceCasePayload.class);
    }

    ServiceCasePayload close(ServiceCase serviceCase) {
        return api.mutate("servicecase/closeServiceCase", step(serviceCase), ServiceCasePayload.class);
    }

    ServiceCasePayload reopen(ServiceCase serviceCase, String reason) {
        return api.mutate("servicecase/reopenServiceCase", new ReopenServiceCaseInput(serviceCase.id(), serviceCase.version(), reason),
                ServiceCasePayload.class);
    }

    CaseCommentPayload comment(ServiceCase serviceCase, ServiceCase.Visibility visibility, String addressedTo, String body) {
        return api.mutate("servicecase/commentOnServiceCase",
                new CommentOnServiceCaseInput(serviceCase.id(), visibility, addressedTo, body), CaseCommentPayload.class);
    }

    /**
     * Sends a file to the backend's {@code POST /service-cases/{caseId}/comments/{commentId}/attachments} with the
     * signed-in user's token (the browser has none, so the portal forwards the file). Answers why it was refused
     * (400 or 413, the file endpoints' errors); empty when it was attached. Other failures become {@link ApiException}s.
     */
    List<UserError> attach(String caseId, String commentId, File file, String fileName) {
        return files.upload("/service-cases/{caseId}/comments/{commentId}/attachments", file,
                fileName == null ? "attachment" : fileName, caseId, commentId);
    }

    /** Streams an attachment from its backend {@code downloadPath} to {@code out}, with the user's token. */
    void copyAttachment(String downloadPath, OutputStream out) {
        files.copy(downloadPath, out);
    }

    RecoveryClaimPayload openClaim(ServiceCase serviceCase, String againstId, ServiceCase.ClaimReason reason, MoneyInput amount,
            String evidence) {
        return api.mutate("servicecase/openRecoveryClaim", new OpenRecoveryClaimInput(serviceCase.id(), againstId, reason, amount, evidence),
                RecoveryClaimPayload.class);
    }

    RecoveryClaimPayload answerClaim(ServiceCase.Claim claim, boolean accept, String reason) {
        return api.mutate("servicecase/answerRecoveryClaim", new AnswerRecoveryClaimInput(claim.id(), claim.version(), accept, reason),
                RecoveryClaimPayload.class);
    }

    RecoveryClaimPayload withdrawClaim(ServiceCase.Claim claim) {
        return api.mutate("servicecase/withdrawRecoveryClaim", new RecoveryClaimStepInput(claim.id(), claim.version()),
                RecoveryClaimPayload.class);
    }

    /** Staff authorise lines of the case to go back (an RMA). */
    ServiceCasePayload authorizeReturn(ServiceCase serviceCase, List<ReturnLineInput> lines) {
        return api.mutate("servicecase/authorizeReturn", new AuthorizeReturnInput(serviceCase.id(), serviceCase.version(), lines),
                ServiceCasePayload.class);
    }

    /** The dealer (or staff) hands the authorised goods of one order to a carrier. */
    ServiceCasePayload shipReturn(ServiceCase serviceCase, String orderId, String carrierId, int packages) {
        return api.mutate("servicecase/createReturnShipment",
                new CreateReturnShipmentInput(serviceCase.id(), serviceCase.version(), orderId, carrierId, packages), ServiceCasePayload.class);
    }

    /** The supplier records what arrived of returned lines and what it decides. */
    ServiceCasePayload inspectReturn(ServiceCase serviceCase, List<ReturnInspectionInput> lines) {
        return api.mutate("servicecase/inspectReturn", new InspectReturnInput(serviceCase.id(), serviceCase.version(), lines),
                ServiceCasePayload.class);
    }

    /** The active carriers goods can be handed to (the order capability's document), by name. */
    List<PartnerRef> carriers() {
        return api.execute("order/carriers", Map.of(), "carriers", CARRIERS);
    }

    private static ServiceCaseStepInput step(ServiceCase serviceCase) {
        return new ServiceCaseStepInput(serviceCase.id(), serviceCase.version());
    }
}
