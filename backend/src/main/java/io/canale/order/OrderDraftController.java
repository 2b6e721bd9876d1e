package io.canale.order;

import graphql.schema.DataFetchingEnvironment;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for order drafts. */
@Controller
class OrderDraftController {

    record SaveOrderDraftInput(String id, Integer expectedVersion, List<OrderDraft.Line> lines, String requestedDate,
            OrderParties.DeliveryAddress deliveryAddress, OrderParties.EndCustomer endCustomer) {
    }

    record OrderDraftVersionInput(String id, Integer expectedVersion) {
    }

    record OrderDraftPayload(OrderDraft draft, List<UserError> userErrors) {
    }

    record DeleteOrderDraftPayload(String deletedId, List<UserError> userErrors) {
    }

    record ReorderInput(String orderId) {
    }

    record ReorderPayload(OrderDraft draft, List<Orders.NotReordered> notReordered, List<UserError> userErrors) {
    }

    private final OrderDrafts drafts;
    private final PartnerDirectory partners;
    private final AccessPolicy policy;

    OrderDraftController(OrderDrafts drafts, PartnerDirectory partners, AccessPolicy policy) {
        this.drafts = drafts;
        this.partners = partners;
        this.policy = policy;
    }

    @QueryMapping
    Window<OrderDraft> orderDrafts(ScrollSubrange subrange, Caller caller) {
        return drafts.list(caller, subrange);
    }

    @QueryMapping
    OrderDraft orderDraft(@Argument String id, Caller caller) {
        return drafts.find(caller, id).orElse(null);
    }

    @MutationMapping
    OrderDraftPayload saveOrderDraft(@Argument SaveOrderDraftInput input, Caller caller) {
        return Payloads.run(() -> drafts.save(caller, input.id(), input.expectedVersion(), input.lines(), input.requestedDate(),
                        input.deliveryAddress(), input.endCustomer()),
                draft -> new OrderDraftPayload(draft, List.of()), errors -> new OrderDraftPayload(null, errors));
    }

    @MutationMapping
    OrderController.SubmitOrderPayload submitOrderDraft(@Argument OrderDraftVersionInput input, DataFetchingEnvironment env,
            Caller caller) {
        return Payloads.run(() -> drafts.submit(caller, input.id(), input.expectedVersion(), env.getLocale()),
                orders -> new OrderController.SubmitOrderPayload(orders, List.of()),
                errors -> new OrderController.SubmitOrderPayload(List.of(), errors));
    }

    @MutationMapping
    DeleteOrderDraftPayload deleteOrderDraft(@Argument OrderDraftVersionInput input, Caller caller) {
        return Payloads.run(() -> drafts.delete(caller, input.id(), input.expectedVersion()),
                id -> new DeleteOrderDraftPayload(id, List.of()), errors -> new DeleteOrderDraftPayload(null, errors));
    }

    @MutationMapping
    ReorderPayload reorderAsDraft(@Argument ReorderInput input, DataFetchingEnvironment env, Caller caller) {
        return Payloads.run(() -> drafts.reorder(caller, input.orderId(), env.getLocale()),
                done -> new ReorderPayload(done.draft(), done.notReordered(), List.of()),
                errors -> new ReorderPayload(null, List.of(), errors));
    }

    @SchemaMapping(typeName = "OrderDraft")
    Actions.OrderDraft viewerCan(OrderDraft draft, Caller caller) {
        return policy.draftActions(caller, draft.facts());
    }

    @BatchMapping(typeName = "OrderDraft", field = "dealer")
    Map<OrderDraft, PartnerRef> dealer(List<OrderDraft> page) {
        return partners.refsOf(page, OrderDraft::dealerId);
    }
}
