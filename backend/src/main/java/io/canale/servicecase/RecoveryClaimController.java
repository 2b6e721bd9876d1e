package io.canale.servicecase;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.TimelineEntry;
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

/** GraphQL entry points for recovery claims; each is shown to staff and the partner it is against only. */
@Controller
class RecoveryClaimController {

    record MoneyInput(BigDecimal amount, String currency) {
    }

    record OpenRecoveryClaimInput(String caseId, String againstId, RecoveryClaim.Reason reason, MoneyInput amount, String evidence) {
    }

    record AnswerRecoveryClaimInput(String id, Integer expectedVersion, Boolean accept, String reason) {
    }

    record RecoveryClaimStepInput(String id, Integer expectedVersion) {
    }

    record RecoveryClaimPayload(RecoveryClaim recoveryClaim, List<UserError> userErrors) {
    }

    private final RecoveryClaims claims;
    private final ServiceCases cases;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    RecoveryClaimController(RecoveryClaims claims, ServiceCases cases, PartnerDirectory partners, AccessPolicy policy) {
        this.claims = claims;
        this.cases = cases;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping
    Window<RecoveryClaim> recoveryClaims(@Argument RecoveryClaim.Status status, ScrollSubrange subrange, Caller caller) {
        return claims.list(caller, status, subrange);
    }

    @QueryMapping
    RecoveryClaim recoveryClaim(@Argument String id, Caller caller) {
        return claims.find(caller, id).orElse(null);
    }

    @MutationMapping
    RecoveryClaimPayload openRecoveryClaim(@Argument OpenRecoveryClaimInput input, Caller caller) {
        MoneyInput amount = input.amount();
        return run(() -> claims.open(caller, input.caseId(), input.againstId(), input.reason(), amount == null ? null : amount.amount(),
                amount == null ? null : amount.currency(), input.evidence()));
    }

    @MutationMapping
    RecoveryClaimPayload answerRecoveryClaim(@Argument AnswerRecoveryClaimInput input, Caller caller) {
        return run(() -> claims.answer(caller, input.id(), input.expectedVersion(), Boolean.TRUE.equals(input.accept()), input.reason()));
    }

    @MutationMapping
    RecoveryClaimPayload withdrawRecoveryClaim(@Argument RecoveryClaimStepInput input, Caller caller) {
        return run(() -> claims.withdraw(caller, input.id(), input.expectedVersion()));
    }

    private static RecoveryClaimPayload run(Supplier<RecoveryClaim> change) {
        return Payloads.run(change, claim -> new RecoveryClaimPayload(claim, List.of()), errors -> new RecoveryClaimPayload(null, errors));
    }

    @SchemaMapping(typeName = "ServiceCase")
    List<RecoveryClaim> recoveryClaims(ServiceCase serviceCase, Caller caller) {
        return claims.ofCase(caller, serviceCase);
    }

    /** The case a claim came from, if the reader may see it (the claimed supplier or carrier is a party of it). */
    @SchemaMapping(typeName = "RecoveryClaim")
    ServiceCase serviceCase(RecoveryClaim claim, Caller caller) {
        return cases.find(caller, claim.caseId()).orElse(null);
    }

    @BatchMapping(typeName = "RecoveryClaim", field = "against")
    Map<RecoveryClaim, PartnerRef> against(List<RecoveryClaim> page) {
        return partners.refsOf(page, RecoveryClaim::againstId);
    }

    @SchemaMapping(typeName = "RecoveryClaim")
    List<TimelineEntry> timeline(RecoveryClaim claim, Caller caller) {
        return policy.timelineFor(caller, claim.timeline());
    }

    @SchemaMapping(typeName = "RecoveryClaim")
    Actions.RecoveryClaim viewerCan(RecoveryClaim claim, Caller caller) {
        return policy.claimActions(caller, claim.facts());
    }
}
