package io.canale.portal.fund;

import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.UserError;
import io.canale.portal.fund.FundInputs.AnswerFundRequestInput;
import io.canale.portal.fund.FundInputs.ClaimFundsInput;
import io.canale.portal.fund.FundInputs.FundDecisionInput;
import io.canale.portal.fund.FundInputs.FundRequestPayload;
import io.canale.portal.fund.FundInputs.FundRequestStepInput;
import io.canale.portal.fund.FundInputs.MarkFundClaimPaidInput;
import io.canale.portal.fund.FundInputs.RequestFundsInput;
import java.io.File;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The fund screens' calls to the API; documents under {@code graphql-documents/fund/}. */
@Component
class FundApi {

    /** The backend's limit for one file of proof, checked here first. */
    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    /** The body of a refused upload: the file endpoints' {@code {"errors": [...]}}. */
    private record Refusal(List<UserError> errors) {
    }

    private final CanaleApi api;
    private final BackendFiles files;

    FundApi(CanaleApi api, BackendFiles files) {
        this.api = api;
        this.files = files;
    }

    /** A page of the reader's allocations, newest first; {@code awaitingStaff} true narrows to the approval queue. */
    Connection<FundAllocation> page(int first, String after, boolean awaitingStaff) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("awaitingStaff", awaitingStaff ? Boolean.TRUE : null);
        return api.page("fund/fundAllocations", "fundAllocations", FundAllocation.class, first, after, variables);
    }

    Connection<FundBudget> budgets(int first, String after) {
        return api.page("fund/fundBudgets", "fundBudgets", FundBudget.class, first, after, Map.of());
    }

    FundInputs.FundBudgetPayload createBudget(FundInputs.CreateFundBudgetInput input) {
        return api.mutate("fund/createFundBudget", input, FundInputs.FundBudgetPayload.class);
    }

    FundInputs.FundAllocationPayload allocate(FundInputs.AllocateFundsInput input) {
        return api.mutate("fund/allocateFunds", input, FundInputs.FundAllocationPayload.class);
    }

    /** Active dealers whose name contains the text, to allocate funds to. */
    Connection<PartnerRef> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.trim());
        return api.page("fund/fundDealers", "partners", PartnerRef.class, first, after, variables);
    }

    FundRequestPayload request(RequestFundsInput input) {
        return api.mutate("fund/requestFunds", input, FundRequestPayload.class);
    }

    /** Approves the amount given (all that was asked when null), with an optional comment. */
    FundRequestPayload approve(FundAllocation.Request request, java.math.BigDecimal amount, String comment) {
        return api.mutate("fund/approveFundRequest", new FundDecisionInput(request.id(), request.version(),
                amount == null ? null : amount.toPlainString(), comment), FundRequestPayload.class);
    }

    FundRequestPayload ask(FundAllocation.Request request, String question) {
        return api.mutate("fund/askAboutFundRequest", new FundDecisionInput(request.id(), request.version(), null, question),
                FundRequestPayload.class);
    }

    FundRequestPayload answer(FundAllocation.Request request, String answer) {
        return api.mutate("fund/answerFundRequest", new AnswerFundRequestInput(request.id(), request.version(), answer),
                FundRequestPayload.class);
    }

    FundRequestPayload withdraw(FundAllocation.Request request) {
        return api.mutate("fund/withdrawFundRequest", new FundRequestStepInput(request.id(), request.version()), FundRequestPayload.class);
    }

    FundRequestPayload rejectClaim(FundAllocation.Request request, String reason) {
        return api.mutate("fund/rejectFundClaim", new FundDecisionInput(request.id(), request.version(), null, reason),
                FundRequestPayload.class);
    }

    FundRequestPayload markPaid(FundAllocation.Request request, String reference) {
        return api.mutate("fund/markFundClaimPaid", new MarkFundClaimPaidInput(request.id(), request.version(), reference),
                FundRequestPayload.class);
    }

    FundRequestPayload reject(FundAllocation.Request request, String reason) {
        return api.mutate("fund/rejectFundRequest", new FundDecisionInput(request.id(), request.version(), null, reason), FundRequestPayload.class);
    }

    FundRequestPayload claim(FundAllocation.Request request, String description) {
        return api.mutate("fund/claimFunds", new ClaimFundsInput(request.id(), request.version(), null, description), FundRequestPayload.class);
    }

    /** Approves the claim for the amount given (all that was claimed when null), with an optional comment. */
    FundRequestPayload approveClaim(FundAllocation.Request request, java.math.BigDecimal amount, String comment) {
        return api.mutate("fund/approveFundClaim", new FundDecisionInput(request.id(), request.version(),
                amount == null ? null : amount.toPlainString(), comment), FundRequestPayload.class);
    }

    /**
     * Sends a file of proof to the backend's {@code POST /funds/requests/{id}/evidence?kind=…} with the signed-in user's
     * token. Answers why it was refused (400 or 413); empty when it was attached.
     */
    List<UserError> attach(String requestId, FundAllocation.EvidenceKind kind, File file, String fileName) {
        return files.upload("/funds/requests/{requestId}/evidence?kind={kind}", file, fileName == null ? "evidence" : fileName,
                requestId, kind.name());
    }

    /** Streams a file of proof from its backend {@code downloadPath} to {@code out}, with the user's token. */
    void copyEvidence(String downloadPath, OutputStream out) {
        files.copy(downloadPath, out);
    }
}
