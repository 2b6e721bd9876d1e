package io.canale.deal;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for deal registrations; the other dealer in a conflict is named to staff only. */
@Controller
class DealRegistrationController {

    record MoneyInput(BigDecimal amount, String currency) {
    }

    record RegisterDealInput(String customerName, String vatNumber, String productLine, MoneyInput expectedValue,
            String expectedCloseDate) {
    }

    record DealDecisionInput(String id, Integer expectedVersion, String reason) {
    }

    record DealRegistrationPayload(DealRegistration dealRegistration, List<UserError> userErrors) {

        static DealRegistrationPayload of(DealRegistration deal) {
            return new DealRegistrationPayload(deal, List.of());
        }

        static DealRegistrationPayload refused(List<UserError> errors) {
            return new DealRegistrationPayload(null, errors);
        }
    }

    record ConflictView(DealRegistration.Rule rule, Instant earlierRegisteredAt, Instant earlierProtectedUntil,
            String earlierRegistrationId, PartnerRef earlierDealer, String explanation, String productLine) {
    }

    private final DealRegistrations deals;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final io.canale.shared.graphql.TimelineTexts texts;

    DealRegistrationController(DealRegistrations deals, PartnerDirectory partners, AccessPolicy policy,
            io.canale.shared.graphql.TimelineTexts texts) {
        this.deals = deals;
        this.partners = partners;
        this.policy = policy;
        this.texts = texts;
    }

    @QueryMapping
    Window<DealRegistration> dealRegistrations(@Argument DealRegistration.Status status, ScrollSubrange subrange,
            Caller caller) {
        return deals.list(caller, status, subrange);
    }

    @QueryMapping
    DealRegistration dealRegistration(@Argument String id, Caller caller) {
        return deals.find(caller, id).orElse(null);
    }

    @MutationMapping
    DealRegistrationPayload registerDeal(@Argument RegisterDealInput input, Caller caller) {
        MoneyInput value = input.expectedValue();
        return Payloads.run(() -> deals.register(caller, DealTerms.validated(input.customerName(), input.vatNumber(),
                        input.productLine(), value == null ? null : value.amount(), value == null ? null : value.currency(),
                        input.expectedCloseDate(), deals.today())),
                DealRegistrationPayload::of, DealRegistrationPayload::refused);
    }

    @MutationMapping
    DealRegistrationPayload approveDealRegistration(@Argument DealDecisionInput input, Caller caller) {
        return Payloads.run(() -> deals.approve(caller, input.id(), input.expectedVersion()),
                DealRegistrationPayload::of, DealRegistrationPayload::refused);
    }

    @MutationMapping
    DealRegistrationPayload rejectDealRegistration(@Argument DealDecisionInput input, Caller caller) {
        return Payloads.run(() -> deals.reject(caller, input.id(), input.expectedVersion(), input.reason()),
                DealRegistrationPayload::of, DealRegistrationPayload::refused);
    }

    /** Dealer names of a page, plus the conflicting dealers for staff, in one query. */
    @BatchMapping(typeName = "DealRegistration", field = "dealer")
    Map<DealRegistration, PartnerRef> dealer(List<DealRegistration> page) {
        return partners.refsOf(page, DealRegistration::dealerId);
    }

    @BatchMapping(typeName = "DealRegistration", field = "conflict")
    Map<DealRegistration, ConflictView> conflict(List<DealRegistration> page, @ContextValue Caller caller) {
        boolean staff = policy.seesCrossPartnerDetails(caller);
        Map<String, String> names = staff ? partners.namesOf(idsOf(page, true)) : Map.of();
        Map<DealRegistration, ConflictView> views = new LinkedHashMap<>();
        page.forEach(deal -> {
            DealRegistration.Conflict conflict = deal.conflict();
            views.put(deal, conflict == null ? null : new ConflictView(conflict.rule(), conflict.earlierRegisteredAt(),
                    conflict.earlierProtectedUntil(), staff ? conflict.earlierRegistrationId() : null,
                    staff ? new PartnerRef(conflict.earlierDealerId(), names.getOrDefault(conflict.earlierDealerId(), "?")) : null,
                    conflict.explanation(), deal.productLine()));
        });
        return views;
    }

    /** The conflict's reason in the reader's language; it never names the other dealer. */
    @SchemaMapping(typeName = "DealConflict", field = "explanation")
    String explanation(ConflictView conflict, graphql.schema.DataFetchingEnvironment env) {
        String state = conflict.earlierProtectedUntil() == null ? "pending" : "protected";
        Object[] args = {conflict.productLine(), conflict.earlierRegisteredAt(), conflict.earlierProtectedUntil()};
        return texts.text("deal.conflict." + conflict.rule().name() + "." + state, args, conflict.explanation(), env);
    }

    @SchemaMapping(typeName = "DealRegistration")
    List<TimelineEntry> timeline(DealRegistration deal, Caller caller) {
        return policy.timelineFor(caller, deal.timeline());
    }

    @SchemaMapping(typeName = "DealRegistration")
    Actions.DealRegistration viewerCan(DealRegistration deal, Caller caller) {
        return policy.dealActions(caller, deal.facts());
    }

    private static Set<String> idsOf(List<DealRegistration> page, boolean conflicts) {
        Set<String> ids = new HashSet<>();
        page.forEach(deal -> {
            if (!conflicts) {
                ids.add(deal.dealerId());
            } else if (deal.conflict() != null) {
                ids.add(deal.conflict().earlierDealerId());
            }
        });
        return ids;
    }
}
