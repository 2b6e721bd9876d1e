package io.canale.fund;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for market development funds; the access policy decides each, as documented in the schema. */
@Controller
class FundController {

    record MoneyInput(BigDecimal amount, String currency) {
    }

    record CreateFundBudgetInput(String name, MoneyInput amount, String startsOn, String endsOn, Integer claimDays) {
    }

    record AllocateFundsInput(String budgetId, String partnerId, BigDecimal amount, BigDecimal percentOfPurchases, String purchasesFrom,
            String purchasesTo) {
    }

    record RequestFundsInput(String allocationId, ActivityType activity, String title, String plan, MoneyInput amount, String startsOn,
            String endsOn, String idempotencyKey) {
    }

    record FundDecisionInput(String id, Integer expectedVersion, BigDecimal amount, String comment) {
    }

    record AnswerFundRequestInput(String id, Integer expectedVersion, String answer) {
    }

    record FundRequestStepInput(String id, Integer expectedVersion) {
    }

    record ClaimFundsInput(String id, Integer expectedVersion, BigDecimal amount, String description) {
    }

    record MarkFundClaimPaidInput(String id, Integer expectedVersion, String reference) {
    }

    record FundBudgetPayload(FundBudget fundBudget, List<UserError> userErrors) {
    }

    record FundAllocationPayload(FundAllocation fundAllocation, List<UserError> userErrors) {
    }

    record FundRequestPayload(FundRequest fundRequest, FundAllocation fundAllocation, List<UserError> userErrors) {
    }

    /** A request's claim as the API shows it, in the allocation's currency. */
    record ClaimView(io.canale.shared.Money amount, String description, FundRequest.ClaimStatus status, io.canale.shared.Money approvedAmount,
            String comment, java.time.Instant submittedAt, java.time.Instant decidedAt) {
    }

    /** A file of proof as the API shows it. */
    record EvidenceView(String id, ActivityType.EvidenceKind kind, String fileName, String contentType, long size, java.time.Instant at,
            String downloadPath) {
    }

    private final FundBudgets budgets;
    private final FundAllocations allocations;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    FundController(FundBudgets budgets, FundAllocations allocations, PartnerDirectory partners, AccessPolicy policy) {
        this.budgets = budgets;
        this.allocations = allocations;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping
    Window<FundBudget> fundBudgets(ScrollSubrange subrange, Caller caller) {
        return budgets.list(caller, subrange);
    }

    @QueryMapping
    FundBudget fundBudget(@Argument String id, Caller caller) {
        return budgets.find(caller, id).orElse(null);
    }

    @QueryMapping
    Window<FundAllocation> fundAllocations(@Argument String budgetId, @Argument Boolean awaitingStaff, ScrollSubrange subrange, Caller caller) {
        return allocations.list(caller, budgetId, awaitingStaff, subrange);
    }

    @QueryMapping
    FundAllocation fundAllocation(@Argument String id, Caller caller) {
        return allocations.find(caller, id).orElse(null);
    }

    @QueryMapping
    FundRequest fundRequest(@Argument String id, Caller caller) {
        return allocations.ofRequest(caller, id).flatMap(allocation -> allocation.findRequest(id)).orElse(null);
    }

    @MutationMapping
    FundBudgetPayload createFundBudget(@Argument CreateFundBudgetInput input, Caller caller) {
        MoneyInput amount = input.amount();
        return Payloads.run(() -> budgets.create(caller, input.name(), amount == null ? null : amount.amount(),
                        amount == null ? null : amount.currency(), input.startsOn(), input.endsOn(), input.claimDays()),
                budget -> new FundBudgetPayload(budget, List.of()), errors -> new FundBudgetPayload(null, errors));
    }

    @MutationMapping
    FundAllocationPayload allocateFunds(@Argument AllocateFundsInput input, Caller caller) {
        return Payloads.run(() -> budgets.allocate(caller, new FundBudgets.AllocationInput(input.budgetId(), input.partnerId(), input.amount(),
                        input.percentOfPurchases(), input.purchasesFrom(), input.purchasesTo())),
                allocation -> new FundAllocationPayload(allocation, List.of()), errors -> new FundAllocationPayload(null, errors));
    }

    @MutationMapping
    FundRequestPayload requestFunds(@Argument RequestFundsInput input, Caller caller) {
        MoneyInput amount = input.amount();
        return run(() -> allocations.request(caller, input.allocationId(), input.activity(), input.title(), input.plan(),
                amount == null ? null : amount.amount(), amount == null ? null : amount.currency(), input.startsOn(), input.endsOn(),
                input.idempotencyKey()));
    }

    @MutationMapping
    FundRequestPayload approveFundRequest(@Argument FundDecisionInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(), this::reviewRequest,
                (request, now) -> request.approve(input.amount(), input.comment(), now)));
    }

    @MutationMapping
    FundRequestPayload rejectFundRequest(@Argument FundDecisionInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(), this::reviewRequest,
                (request, now) -> request.reject(input.comment())));
    }

    @MutationMapping
    FundRequestPayload askAboutFundRequest(@Argument FundDecisionInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(), this::reviewRequest,
                (request, now) -> request.askForInformation(input.comment())));
    }

    @MutationMapping
    FundRequestPayload answerFundRequest(@Argument AnswerFundRequestInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(),
                (who, request) -> policy.answerFundRequest(who, request.facts(allocations.now())), (request, now) -> request.answer(input.answer())));
    }

    @MutationMapping
    FundRequestPayload withdrawFundRequest(@Argument FundRequestStepInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(),
                (who, request) -> policy.withdrawFundRequest(who, request.facts(allocations.now())), (request, now) -> request.withdraw()));
    }

    @MutationMapping
    FundRequestPayload claimFunds(@Argument ClaimFundsInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(),
                (who, request) -> policy.claimFunds(who, request.facts(allocations.now())),
                (request, now) -> request.claim(input.amount(), input.description(), now)));
    }

    @MutationMapping
    FundRequestPayload approveFundClaim(@Argument FundDecisionInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(), this::reviewClaim,
                (request, now) -> request.approveClaim(input.amount(), input.comment(), now)));
    }

    @MutationMapping
    FundRequestPayload rejectFundClaim(@Argument FundDecisionInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(), this::reviewClaim,
                (request, now) -> request.rejectClaim(input.comment(), now)));
    }

    @MutationMapping
    FundRequestPayload markFundClaimPaid(@Argument MarkFundClaimPaidInput input, Caller caller) {
        return run(() -> allocations.change(caller, input.id(), input.expectedVersion(),
                (who, request) -> policy.payFundClaim(who, request.facts(allocations.now())),
                (request, now) -> request.markPaid(input.reference(), now)));
    }

    private io.canale.security.Decision reviewRequest(Caller caller, FundRequest request) {
        return policy.reviewFundRequest(caller, request.facts(allocations.now()));
    }

    private io.canale.security.Decision reviewClaim(Caller caller, FundRequest request) {
        return policy.reviewFundClaim(caller, request.facts(allocations.now()));
    }

    private static FundRequestPayload run(Supplier<FundAllocations.Changed> change) {
        return Payloads.run(change, changed -> new FundRequestPayload(changed.request(), changed.allocation(), List.of()),
                errors -> new FundRequestPayload(null, null, errors));
    }

    @SchemaMapping(typeName = "FundBudget")
    Actions.FundBudget viewerCan(FundBudget budget, Caller caller) {
        return policy.fundBudgetActions(caller);
    }

    @SchemaMapping(typeName = "FundAllocation")
    Actions.FundAllocation viewerCan(FundAllocation allocation, Caller caller) {
        return policy.fundAllocationActions(caller, allocation.facts());
    }

    @BatchMapping(typeName = "FundAllocation", field = "partner")
    Map<FundAllocation, PartnerRef> partner(List<FundAllocation> page) {
        return partners.refsOf(page, FundAllocation::partnerId);
    }

    @SchemaMapping(typeName = "FundRequest")
    Actions.FundRequest viewerCan(FundRequest request, Caller caller) {
        return policy.fundRequestActions(caller, request.facts(allocations.now()));
    }

    @SchemaMapping(typeName = "FundRequest")
    String allocationId(FundRequest request) {
        return request.allocationId();
    }

    @SchemaMapping(typeName = "FundRequest")
    ClaimView claim(FundRequest request) {
        FundRequest.Claim claim = request.claim();
        if (claim == null) {
            return null;
        }
        return new ClaimView(new io.canale.shared.Money(claim.amount(), request.currency()), claim.description(), claim.status(),
                claim.approvedAmount() == null ? null : new io.canale.shared.Money(claim.approvedAmount(), request.currency()), claim.comment(),
                claim.submittedAt(), claim.decidedAt());
    }

    @SchemaMapping(typeName = "FundRequest")
    List<EvidenceView> evidence(FundRequest request) {
        return request.evidence().stream().map(file -> new EvidenceView(file.id(), file.kind(), file.fileName(), file.contentType(), file.size(),
                file.at(), FundEvidenceEndpoint.downloadPath(request.id(), file.id()))).toList();
    }

    @SchemaMapping(typeName = "FundRequest")
    List<ActivityType.EvidenceKind> missingEvidence(FundRequest request) {
        return request.missingEvidence();
    }
}
