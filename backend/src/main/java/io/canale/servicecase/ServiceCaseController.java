package io.canale.servicecase;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.InvalidInputException;
import io.canale.shared.Payloads;
import io.canale.shared.TimelineEntry;
import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.graphql.TimelineTexts;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for service cases. What each reader sees of a case — the end customer, internal and
 * addressed comments, who wrote them, the coordinator — is the access policy's decision.
 */
@Controller
class ServiceCaseController {

    static final int MAX_COMMENTS_READ = ServiceCase.MAX_COMMENTS;

    record OpenServiceCaseInput(String dealerId, ServiceCase.Type type, ServiceCase.Priority priority, String subject,
            String description, List<ServiceCases.LineRef> orderLines, String productSku, String shipmentId,
            ServiceCase.EndCustomer endCustomer, String idempotencyKey) {
    }

    record ServiceCaseStepInput(String id, Integer expectedVersion) {
    }

    record TriageServiceCaseInput(String id, Integer expectedVersion, ServiceCase.Priority priority, Boolean takeIt) {
    }

    record WaitOnServiceCaseInput(String id, Integer expectedVersion, ServiceCase.WaitingOn waitingOn, String reason) {
    }

    record ResolveServiceCaseInput(String id, Integer expectedVersion, ServiceCase.Resolution resolution, String note) {
    }

    record ReopenServiceCaseInput(String id, Integer expectedVersion, String reason) {
    }

    record ServiceCasePartyInput(String id, Integer expectedVersion, String partnerId, String role) {
    }

    record OverrideWarrantyInput(String id, Integer expectedVersion, WarrantyDecision.Verdict verdict, String reason) {
    }

    record CommentOnServiceCaseInput(String id, CaseComment.Visibility visibility, String addressedTo, String body) {
    }

    record EditCaseCommentInput(String id, String commentId, String body) {
    }

    record DeleteCaseCommentInput(String id, String commentId) {
    }

    record ServiceCasePayload(ServiceCase serviceCase, List<UserError> userErrors) {
    }

    record CaseCommentPayload(ReaderThread.CommentView comment, ServiceCase serviceCase, List<UserError> userErrors) {
    }

    record PartyView(PartnerRef partner, String role) {
    }

    record WarrantyView(WarrantyDecision.Verdict verdict, WarrantyDecision.Verdict decidedVerdict, String explanation,
            List<WarrantyLineView> lines, WarrantyOverrideView override) {
    }

    record WarrantyLineView(String orderId, int line, String sku, WarrantyDecision.Verdict verdict, String explanation,
            String deliveredOn, Integer termMonths, String coveredUntil) {
    }

    record WarrantyOverrideView(WarrantyDecision.Verdict verdict, String reason, Instant at) {
    }

    record SlaView(String calendar, ClockView firstResponse, ClockView resolution) {
    }

    record ClockView(SlaClocks.State state, long targetMinutes, long elapsedMinutes, Instant dueAt, Instant breachedAt,
            long pausedMinutes, List<PauseView> pausedBy) {

        static ClockView of(SlaClocks.Clock clock) {
            return new ClockView(clock.state(), clock.target().toMinutes(), clock.elapsed().toMinutes(), clock.dueAt(), clock.breachedAt(),
                    clock.pausedTotal().toMinutes(), clock.paused().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(pause -> new PauseView(pause.getKey(), pause.getValue().toMinutes())).toList());
        }
    }

    record PauseView(ServiceCase.WaitingOn waitingOn, long minutes) {
    }

    private final ServiceCases cases;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;
    private final TimelineTexts texts;

    ServiceCaseController(ServiceCases cases, PartnerDirectory partners, AccessPolicy policy, TimelineTexts texts) {
        this.cases = cases;
        this.partners = partners;
        this.policy = policy;
        this.texts = texts;
    }

    record StatusCount(ServiceCase.Status status, int count) {
    }

    record WaitingOnCount(ServiceCase.WaitingOn waitingOn, int count) {
    }

    record CountsView(List<StatusCount> byStatus, List<WaitingOnCount> byWaitingOn) {
    }

    @QueryMapping
    Window<ServiceCase> serviceCases(@Argument ServiceCase.Status status, @Argument ServiceCase.Type type,
            @Argument Boolean waitingOnMe, @Argument ServiceCase.WaitingOn waitingOn, @Argument String productSku,
            ScrollSubrange subrange, Caller caller) {
        return cases.list(caller, new ServiceCases.Filter(status, type, waitingOnMe, waitingOn, productSku), subrange);
    }

    @QueryMapping
    CountsView serviceCaseCounts(Caller caller) {
        ServiceCases.Counts counts = cases.counts(caller);
        return new CountsView(counts.byStatus().entrySet().stream().map(each -> new StatusCount(each.getKey(), each.getValue())).toList(),
                counts.byWaitingOn().entrySet().stream().map(each -> new WaitingOnCount(each.getKey(), each.getValue())).toList());
    }

    @QueryMapping
    List<ServiceCases.ProductCount> serviceCaseProducts(Caller caller) {
        return cases.products(caller);
    }

    @QueryMapping
    ServiceCase serviceCase(@Argument String id, Caller caller) {
        return cases.find(caller, id).orElse(null);
    }

    @MutationMapping
    ServiceCasePayload openServiceCase(@Argument OpenServiceCaseInput input, Caller caller) {
        return run(() -> cases.open(caller, new ServiceCases.OpenRequest(input.dealerId(), input.type(), input.priority(),
                input.subject(), input.description(), input.orderLines(), input.productSku(), input.shipmentId(), input.endCustomer(),
                input.idempotencyKey())));
    }

    @MutationMapping
    ServiceCasePayload triageServiceCase(@Argument TriageServiceCaseInput input, Caller caller) {
        return run(() -> cases.triage(caller, input.id(), input.expectedVersion(), input.priority(), Boolean.TRUE.equals(input.takeIt())));
    }

    @MutationMapping
    ServiceCasePayload startServiceCaseWork(@Argument ServiceCaseStepInput input, Caller caller) {
        return run(() -> cases.startWork(caller, input.id(), input.expectedVersion()));
    }

    @MutationMapping
    ServiceCasePayload waitOnServiceCase(@Argument WaitOnServiceCaseInput input, Caller caller) {
        return run(() -> cases.waitOn(caller, input.id(), input.expectedVersion(), input.waitingOn(), input.reason()));
    }

    @MutationMapping
    ServiceCasePayload resolveServiceCase(@Argument ResolveServiceCaseInput input, Caller caller) {
        return run(() -> cases.resolve(caller, input.id(), input.expectedVersion(), input.resolution(), input.note()));
    }

    @MutationMapping
    ServiceCasePayload closeServiceCase(@Argument ServiceCaseStepInput input, Caller caller) {
        return run(() -> cases.close(caller, input.id(), input.expectedVersion()));
    }

    @MutationMapping
    ServiceCasePayload reopenServiceCase(@Argument ReopenServiceCaseInput input, Caller caller) {
        return run(() -> cases.reopen(caller, input.id(), input.expectedVersion(), input.reason()));
    }

    @MutationMapping
    ServiceCasePayload addServiceCaseParty(@Argument ServiceCasePartyInput input, Caller caller) {
        return run(() -> {
            if (input.role() == null || ServiceCase.DEALER.equals(input.role())) {
                throw new InvalidInputException("input.role", UserErrorCode.INVALID, "a supplier or a carrier joins a case");
            }
            return cases.addParty(caller, input.id(), input.expectedVersion(), input.partnerId(), input.role());
        });
    }

    @MutationMapping
    ServiceCasePayload removeServiceCaseParty(@Argument ServiceCasePartyInput input, Caller caller) {
        return run(() -> cases.removeParty(caller, input.id(), input.expectedVersion(), input.partnerId()));
    }

    @MutationMapping
    ServiceCasePayload overrideWarrantyDecision(@Argument OverrideWarrantyInput input, Caller caller) {
        return run(() -> cases.overrideWarranty(caller, input.id(), input.expectedVersion(), input.verdict(), input.reason()));
    }

    @MutationMapping
    CaseCommentPayload commentOnServiceCase(@Argument CommentOnServiceCaseInput input, Caller caller, DataFetchingFieldSelectionSet selection) {
        return comment(() -> cases.comment(caller, input.id(), input.visibility(), input.addressedTo(), input.body()), caller, selection);
    }

    @MutationMapping
    CaseCommentPayload editServiceCaseComment(@Argument EditCaseCommentInput input, Caller caller, DataFetchingFieldSelectionSet selection) {
        return comment(() -> cases.editComment(caller, input.id(), input.commentId(), input.body()), caller, selection);
    }

    @MutationMapping
    CaseCommentPayload deleteServiceCaseComment(@Argument DeleteCaseCommentInput input, Caller caller, DataFetchingFieldSelectionSet selection) {
        return comment(() -> cases.deleteComment(caller, input.id(), input.commentId()), caller, selection);
    }

    private static ServiceCasePayload run(Supplier<ServiceCase> change) {
        return Payloads.run(change, changed -> new ServiceCasePayload(changed, List.of()), errors -> new ServiceCasePayload(null, errors));
    }

    private CaseCommentPayload comment(Supplier<ServiceCases.Commented> change, Caller caller, DataFetchingFieldSelectionSet selection) {
        return Payloads.run(change, done -> new CaseCommentPayload(readerThread(caller, done.serviceCase(),
                field -> selection.contains("comment/" + field)).one(done.comment()), done.serviceCase(), List.of()),
                errors -> new CaseCommentPayload(null, null, errors));
    }

    private ReaderThread readerThread(Caller caller, ServiceCase serviceCase, Predicate<String> selected) {
        return new ReaderThread(policy, partners, caller, serviceCase, cases.facts(serviceCase), selected);
    }

    // ---- what each reader sees ----------------------------------------------------------------------------

    @BatchMapping(typeName = "ServiceCase", field = "dealer")
    Map<ServiceCase, PartnerRef> dealer(List<ServiceCase> page) {
        return partners.refsOf(page, ServiceCase::dealerId);
    }

    /** Every party of a page's cases, named in one query. */
    @BatchMapping(typeName = "ServiceCase", field = "parties")
    Map<ServiceCase, List<PartyView>> parties(List<ServiceCase> page) {
        Set<String> ids = new HashSet<>();
        page.forEach(serviceCase -> serviceCase.parties().forEach(party -> ids.add(party.partnerId())));
        Map<String, String> names = partners.namesOf(ids);
        Map<ServiceCase, List<PartyView>> views = new LinkedHashMap<>();
        page.forEach(serviceCase -> views.put(serviceCase, serviceCase.parties().stream()
                .map(party -> new PartyView(new PartnerRef(party.partnerId(), names.getOrDefault(party.partnerId(), "?")), party.role()))
                .toList()));
        return views;
    }

    @SchemaMapping(typeName = "ServiceCase")
    String coordinator(ServiceCase serviceCase, Caller caller) {
        return policy.seesCrossPartnerDetails(caller) ? serviceCase.coordinator() : null;
    }

    @SchemaMapping(typeName = "ServiceCase")
    ServiceCase.EndCustomer endCustomer(ServiceCase serviceCase, Caller caller) {
        return policy.seesEndCustomerOf(caller, serviceCase.dealerId()) ? serviceCase.endCustomer() : null;
    }

    @SchemaMapping(typeName = "ServiceCase")
    WarrantyView warranty(ServiceCase serviceCase, graphql.schema.DataFetchingEnvironment env) {
        WarrantyDecision decision = serviceCase.warranty();
        if (decision == null) {
            return null;
        }
        Locale locale = env.getLocale();
        List<WarrantyLineView> lines = decision.lines().stream().map(line -> new WarrantyLineView(line.orderId(), line.line(), line.sku(),
                line.verdict(), lineExplanation(line, locale), line.deliveredOn() == null ? null : line.deliveredOn().toString(),
                line.term() == null ? null : (int) line.term().toTotalMonths(),
                line.coveredUntil() == null ? null : line.coveredUntil().toString())).toList();
        WarrantyDecision.Override override = decision.override();
        String verdict = decision.effective().name();
        String explanation = override == null
                ? texts.text("warranty.verdict." + verdict, new Object[0], verdict, locale)
                : texts.text("warranty.overridden", new Object[] {texts.text("warranty.verdict." + verdict, new Object[0], verdict, locale),
                        override.reason()}, verdict + ": " + override.reason(), locale);
        return new WarrantyView(decision.effective(), decision.verdict(), explanation, lines,
                override == null ? null : new WarrantyOverrideView(override.verdict(), override.reason(), override.at()));
    }

    private String lineExplanation(WarrantyDecision.LineDecision line, Locale locale) {
        Object[] args = {String.valueOf(line.deliveredOn()), line.term() == null ? "" : String.valueOf(line.term().toTotalMonths()),
                String.valueOf(line.coveredUntil())};
        return texts.text("warranty." + line.reason(), args, line.reason(), locale);
    }

    @SchemaMapping(typeName = "ServiceCase")
    SlaView sla(ServiceCase serviceCase) {
        SlaClocks.Sla sla = cases.slaOf(serviceCase);
        return new SlaView(sla.calendar(), ClockView.of(sla.firstResponse()), ClockView.of(sla.resolution()));
    }

    @SchemaMapping(typeName = "ServiceCase")
    List<ReaderThread.CommentView> comments(ServiceCase serviceCase, @Argument Integer last, Caller caller,
            DataFetchingFieldSelectionSet selection) {
        int count = last == null ? 100 : last;
        if (count < 1 || count > MAX_COMMENTS_READ) {
            throw new InvalidInputException("last", UserErrorCode.INVALID, "between 1 and " + MAX_COMMENTS_READ);
        }
        return readerThread(caller, serviceCase, selection::contains).latest(count);
    }

    @SchemaMapping(typeName = "ServiceCase")
    List<TimelineEntry> timeline(ServiceCase serviceCase, Caller caller) {
        boolean survey = policy.seesCaseSurvey(caller, cases.facts(serviceCase));
        return policy.timelineFor(caller, survey ? serviceCase.timeline() : serviceCase.timelineWithoutSurvey());
    }

    @SchemaMapping(typeName = "ServiceCase")
    Actions.ServiceCase viewerCan(ServiceCase serviceCase, Caller caller) {
        return policy.caseActions(caller, cases.facts(serviceCase), serviceCase.returnFacts());
    }
}
