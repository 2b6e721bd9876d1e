package io.canale.lead;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserError;
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

/** GraphQL entry points for leads; partner names on a page of leads are loaded in one batch. */
@Controller
class LeadController {

    record ContactInput(String name, String email, String phone) {
    }

    record CompanyInput(String name, String vatNumber) {
    }

    record AddressInput(String country, String region, String postalCode) {
    }

    record CreateLeadInput(ContactInput contact, CompanyInput company, AddressInput address, String productLine,
            String notes, String idempotencyKey) {

        LeadDetails details() {
            return new LeadDetails(
                    contact == null ? null : new LeadDetails.Contact(contact.name(), contact.email(), contact.phone()),
                    company == null ? null : new LeadDetails.Company(company.name(), company.vatNumber()),
                    address == null ? null : new LeadDetails.Address(address.country(), address.region(), address.postalCode()),
                    productLine, notes);
        }
    }

    record LeadVersionInput(String id, Integer expectedVersion) {
    }

    record DeclineLeadInput(String id, Integer expectedVersion, String reason) {
    }

    record RouteLeadInput(String id, Integer expectedVersion, String dealerId) {
    }

    record MergeLeadsInput(String survivorId, Integer survivorVersion, String duplicateId, Integer duplicateVersion) {
    }

    record LeadPayload(Lead lead, List<UserError> userErrors) {

        static LeadPayload of(Lead lead) {
            return new LeadPayload(lead, List.of());
        }

        static LeadPayload refused(List<UserError> errors) {
            return new LeadPayload(null, errors);
        }
    }

    record RoutingDecisionView(Instant at, String decidedBy, String ruleName, List<PartnerRef> candidates,
            PartnerRef chosen, RoutingDecision decision) {
    }

    private final Leads leads;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final io.canale.shared.graphql.TimelineTexts texts;

    LeadController(Leads leads, PartnerDirectory partners, AccessPolicy policy, io.canale.shared.graphql.TimelineTexts texts) {
        this.leads = leads;
        this.partners = partners;
        this.policy = policy;
        this.texts = texts;
    }

    @QueryMapping(name = "leads")
    Window<Lead> leadList(@Argument LeadFilter filter, @Argument io.canale.shared.DateOrder order, @Argument LeadSort sort,
            ScrollSubrange subrange, Caller caller) {
        return leads.list(caller, filter == null ? LeadFilter.NONE : filter, LeadSort.of(sort, order), subrange);
    }

    /** Global search's leads: the caller's visible leads by contact name, company or e-mail. */
    @SchemaMapping(typeName = "SearchResults", field = "leads")
    Window<Lead> searchLeads(io.canale.shared.SearchText search, ScrollSubrange subrange, Caller caller) {
        return leads.search(caller, search, subrange);
    }

    @QueryMapping
    Lead lead(@Argument String id, Caller caller) {
        return leads.find(caller, id).orElse(null);
    }

    @MutationMapping
    LeadPayload createLead(@Argument CreateLeadInput input, Caller caller) {
        return Payloads.run(() -> leads.create(caller, input.details(), input.idempotencyKey()), LeadPayload::of,
                LeadPayload::refused);
    }

    @MutationMapping
    LeadPayload acceptLead(@Argument LeadVersionInput input, Caller caller) {
        return Payloads.run(() -> leads.accept(caller, input.id(), input.expectedVersion()), LeadPayload::of,
                LeadPayload::refused);
    }

    @MutationMapping
    LeadPayload declineLead(@Argument DeclineLeadInput input, Caller caller) {
        return Payloads.run(() -> leads.decline(caller, input.id(), input.expectedVersion(), input.reason()),
                declined -> LeadPayload.of(declined.orElse(null)), LeadPayload::refused);
    }

    @MutationMapping
    LeadPayload routeLead(@Argument RouteLeadInput input, Caller caller) {
        return Payloads.run(() -> leads.route(caller, input.id(), input.expectedVersion(), input.dealerId()),
                LeadPayload::of, LeadPayload::refused);
    }

    @MutationMapping
    LeadPayload mergeLeads(@Argument MergeLeadsInput input, Caller caller) {
        return Payloads.run(() -> leads.merge(caller, input.survivorId(), input.survivorVersion(), input.duplicateId(),
                input.duplicateVersion()), LeadPayload::of, LeadPayload::refused);
    }

    /** The dealers of a whole page of leads, named with one query. */
    @BatchMapping(typeName = "Lead", field = "dealer")
    Map<Lead, PartnerRef> dealer(List<Lead> page) {
        return partners.refsOf(page, Lead::dealerId);
    }

    /** Routing decisions name other dealers: staff only; their names come in one query per page. */
    @BatchMapping(typeName = "Lead", field = "routingDecisions")
    Map<Lead, List<RoutingDecisionView>> routingDecisions(List<Lead> page, @ContextValue Caller caller) {
        boolean staff = policy.seesCrossPartnerDetails(caller);
        Set<String> ids = new HashSet<>();
        if (staff) {
            page.forEach(lead -> lead.routingDecisions().forEach(decision -> ids.addAll(decision.candidateIds())));
        }
        Map<String, String> names = ids.isEmpty() ? Map.of() : partners.namesOf(ids);
        Map<Lead, List<RoutingDecisionView>> views = new LinkedHashMap<>();
        page.forEach(lead -> views.put(lead, !staff ? List.of() : lead.routingDecisions().stream()
                .map(decision -> new RoutingDecisionView(decision.at(), decision.decidedBy(), decision.ruleName(),
                        decision.candidateIds().stream().map(id -> new PartnerRef(id, names.getOrDefault(id, "?"))).toList(),
                        decision.chosenId() == null ? null : new PartnerRef(decision.chosenId(), names.getOrDefault(decision.chosenId(), "?")),
                        decision))
                .toList()));
        return views;
    }

    /** The decision's explanation in the reader's language, with the rules skipped on the way. */
    @SchemaMapping(typeName = "RoutingDecision", field = "explanation")
    String explanation(RoutingDecisionView view, graphql.schema.DataFetchingEnvironment env) {
        RoutingDecision decision = view.decision();
        String main = texts.text("routing." + decision.code(), decision.args().toArray(), decision.explanation(), env);
        if (decision.skipped().isEmpty()) {
            return main;
        }
        List<String> skipped = decision.skipped().stream()
                .map(skip -> texts.text("routing.skipped." + skip.why(), new Object[] {skip.rule()}, skip.rule(), env))
                .toList();
        return main + " (" + texts.text("routing.skipped", null, "skipped", env) + ": " + String.join("; ", skipped) + ")";
    }

    @SchemaMapping(typeName = "Lead")
    List<PossibleDuplicate> possibleDuplicates(Lead lead, Caller caller) {
        return policy.seesCrossPartnerDetails(caller) ? lead.possibleDuplicates() : List.of();
    }

    @SchemaMapping(typeName = "Lead")
    List<TimelineEntry> timeline(Lead lead, Caller caller) {
        return policy.timelineFor(caller, lead.timeline());
    }

    @SchemaMapping(typeName = "Lead")
    Actions.Lead viewerCan(Lead lead, Caller caller) {
        return policy.leadActions(caller, lead.facts());
    }

}
