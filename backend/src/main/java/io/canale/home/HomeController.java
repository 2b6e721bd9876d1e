package io.canale.home;

import io.canale.deal.DealWork;
import io.canale.fund.FundWork;
import io.canale.lead.LeadWork;
import io.canale.order.OrderWork;
import io.canale.security.AccessPolicy;
import io.canale.security.Area;
import io.canale.security.Caller;
import io.canale.security.TodoKind;
import io.canale.servicecase.CaseWork;
import io.canale.shared.Pages;
import io.canale.shared.TodoItem;
import io.canale.shared.Todos;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer.todo} and {@code viewer.kpis}: the kinds of work and figures the access policy gives the caller, each
 * answered by the capability that owns its records. A count is read only when asked for, and so are the first items.
 */
@Controller
class HomeController {

    /** One kind of work of the caller: its records, counted and listed when asked. */
    record Todo(TodoKind kind, Todos records) {
    }

    private final AccessPolicy policy;
    private final LeadWork leads;
    private final DealWork deals;
    private final OrderWork orders;
    private final CaseWork cases;
    private final FundWork funds;
    private final HomeFigures figures;

    HomeController(AccessPolicy policy, LeadWork leads, DealWork deals, OrderWork orders, CaseWork cases, FundWork funds,
            HomeFigures figures) {
        this.policy = policy;
        this.leads = leads;
        this.deals = deals;
        this.orders = orders;
        this.cases = cases;
        this.funds = funds;
        this.figures = figures;
    }

    @SchemaMapping(typeName = "Viewer")
    List<Todo> todo(Caller caller) {
        return policy.todos(caller).stream().map(kind -> new Todo(kind, recordsOf(kind, caller))).toList();
    }

    @SchemaMapping(typeName = "Viewer")
    List<HomeFigures.Kpi> kpis(Caller caller) {
        return figures.of(caller);
    }

    @SchemaMapping(typeName = "Todo")
    Area area(Todo todo) {
        return todo.kind().area();
    }

    @SchemaMapping(typeName = "Todo")
    long count(Todo todo) {
        return todo.records().count();
    }

    @SchemaMapping(typeName = "Todo")
    List<TodoItem> items(Todo todo, @Argument Integer first) {
        return todo.records().first(Pages.size(first == null ? 3 : first));
    }

    private Todos recordsOf(TodoKind kind, Caller caller) {
        return switch (kind) {
            case LEADS_TO_ANSWER -> leads.toAnswer(caller);
            case LEADS_TO_ROUTE -> leads.toRoute(caller);
            case DEALS_TO_REVIEW -> deals.toReview(caller);
            case DRAFTS_TO_SUBMIT -> orders.draftsToSubmit(caller);
            case ORDERS_TO_ANSWER -> orders.ordersToAnswer(caller);
            case ORDERS_TO_HAND_OVER -> orders.ordersToHandOver(caller);
            case SHIPMENTS_TO_MOVE -> orders.shipmentsToMove(caller);
            case CASES_TO_TRIAGE -> cases.toTriage(caller);
            case CASES_WAITING -> cases.waitingOn(caller);
            case FUND_REQUESTS_TO_REVIEW -> funds.requestsToReview(caller);
            case FUND_CLAIMS_TO_REVIEW -> funds.claimsToReview(caller);
            case FUND_QUESTIONS_TO_ANSWER -> funds.questionsToAnswer(caller);
            case FUND_CLAIMS_DUE -> funds.claimsDue(caller);
        };
    }
}
