package io.canale.opportunity;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Money;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for opportunities and the pipeline. */
@Controller
class OpportunityController {

    record MoneyInput(BigDecimal amount, String currency) {

        Money checked(String path) {
            UserErrors errors = new UserErrors();
            Money money = Money.of(amount, currency, path, errors);
            errors.throwIfAny();
            return money;
        }
    }

    record ConvertLeadInput(String leadId, Integer expectedVersion, String name, MoneyInput amount, Integer probability,
            String expectedCloseDate) {
    }

    record MoveOpportunityInput(String id, Integer expectedVersion, String stage, String lostReason) {
    }

    /** Amount and close date tell an omitted field (kept) from an explicit null (cleared). */
    record UpdateOpportunityInput(String id, Integer expectedVersion, ArgumentValue<MoneyInput> amount,
            ArgumentValue<Integer> probability, ArgumentValue<String> expectedCloseDate, List<OpportunityItem.Request> items) {
    }

    record AddActivityInput(String id, Integer expectedVersion, Activity.Type type, String subject, String notes,
            String dueDate) {
    }

    record CompleteTaskInput(String id, Integer expectedVersion, String activityId) {
    }

    record OpportunityPayload(Opportunity opportunity, List<UserError> userErrors) {

        static OpportunityPayload of(Opportunity opportunity) {
            return new OpportunityPayload(opportunity, List.of());
        }

        static OpportunityPayload refused(List<UserError> errors) {
            return new OpportunityPayload(null, errors);
        }
    }

    record PipelineStage(String key, int position, boolean closed, boolean needsReason) {
    }

    private final Opportunities opportunities;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    OpportunityController(Opportunities opportunities, PartnerDirectory partners, AccessPolicy policy) {
        this.opportunities = opportunities;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping(name = "opportunities")
    Window<Opportunity> opportunityList(@Argument String stage, @Argument String dealerId,
            @Argument io.canale.shared.DateOrder order, @Argument OpportunitySort sort, ScrollSubrange subrange, Caller caller) {
        return opportunities.list(caller, stage, dealerId, OpportunitySort.of(sort, order), subrange);
    }

    /** Global search's opportunities: the caller's visible ones by name, contact or company. */
    @SchemaMapping(typeName = "SearchResults", field = "opportunities")
    Window<Opportunity> searchOpportunities(io.canale.shared.SearchText search, ScrollSubrange subrange, Caller caller) {
        return opportunities.search(caller, search, subrange);
    }

    @QueryMapping
    Opportunity opportunity(@Argument String id, Caller caller) {
        return opportunities.find(caller, id).orElse(null);
    }

    @QueryMapping
    List<PipelineStage> pipelineStages() {
        PipelineStages stages = opportunities.stages();
        List<String> keys = stages.stages();
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> new PipelineStage(keys.get(i), i + 1, stages.closes(keys.get(i)),
                        stages.needsReason(keys.get(i)))).toList();
    }

    @QueryMapping
    List<Opportunities.StageTotal> pipeline(@Argument String dealerId, Caller caller) {
        return opportunities.pipeline(caller, dealerId);
    }

    @MutationMapping
    OpportunityPayload convertLead(@Argument ConvertLeadInput input, Caller caller) {
        return run(() -> opportunities.convert(caller, input.leadId(), input.expectedVersion(), input.name(),
                input.amount() == null ? null : input.amount().checked("input.amount"), input.probability(),
                input.expectedCloseDate()));
    }

    @MutationMapping
    OpportunityPayload moveOpportunity(@Argument MoveOpportunityInput input, Caller caller) {
        return run(() -> opportunities.move(caller, input.id(), input.expectedVersion(), input.stage(), input.lostReason()));
    }

    @MutationMapping
    OpportunityPayload updateOpportunity(@Argument UpdateOpportunityInput input, Caller caller) {
        return run(() -> {
            if (input.probability() != null && !input.probability().isOmitted() && input.probability().value() == null) {
                throw new InvalidInputException("input.probability", UserErrorCode.REQUIRED,
                        "the chance of winning cannot be cleared: give 0 to 100, or leave it out to keep it");
            }
            return opportunities.update(caller, input.id(), input.expectedVersion(),
                    edit(input.amount()).map(amount -> amount.map(money -> money.checked("input.amount"))).orElse(null),
                    input.probability() == null ? null : input.probability().value(),
                    edit(input.expectedCloseDate()).orElse(null), input.items());
        });
    }

    /** Empty when omitted (keep); else the value, empty for an explicit null (clear). */
    private static <T> java.util.Optional<java.util.Optional<T>> edit(ArgumentValue<T> value) {
        return value == null || value.isOmitted() ? java.util.Optional.empty() : java.util.Optional.of(value.asOptional());
    }

    @MutationMapping
    OpportunityPayload addActivity(@Argument AddActivityInput input, Caller caller) {
        return run(() -> opportunities.log(caller, input.id(), input.expectedVersion(), input.type(), input.subject(),
                input.notes(), input.dueDate()));
    }

    @MutationMapping
    OpportunityPayload completeTask(@Argument CompleteTaskInput input, Caller caller) {
        return run(() -> opportunities.completeTask(caller, input.id(), input.expectedVersion(), input.activityId()));
    }

    @BatchMapping(typeName = "Opportunity", field = "dealer")
    Map<Opportunity, PartnerRef> dealer(List<Opportunity> page) {
        return partners.refsOf(page, Opportunity::dealerId);
    }

    @SchemaMapping(typeName = "Opportunity")
    Actions.Opportunity viewerCan(Opportunity opportunity, Caller caller) {
        return policy.opportunityActions(caller, opportunity.facts(opportunities.stages()));
    }

    private static OpportunityPayload run(Supplier<Opportunity> mutation) {
        return Payloads.run(mutation, OpportunityPayload::of, OpportunityPayload::refused);
    }
}
