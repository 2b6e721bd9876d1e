package io.canale.order;

import graphql.schema.DataFetchingEnvironment;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.graphql.TimelineTexts;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What an order's hand-overs add to it in the API: per line the units handed to carriers and left to hand over, the
 * contents of each shipment, and the next step as a code and in the reader's words.
 */
@Controller
class OrderHandOverController {

    private final AccessPolicy policy;
    private final TimelineTexts texts;

    OrderHandOverController(AccessPolicy policy, TimelineTexts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    @SchemaMapping(typeName = "Order")
    Order.NextStep nextStep(Order order) {
        return order.nextStep();
    }

    /**
     * The next step in the reader's language: "Waiting for your answer" to the supplier who may answer (the others read
     * whose answer is awaited), "To hand over: 3 of 5 lines" (lines left of those confirmed), "Handed over, with the carrier".
     */
    @SchemaMapping(typeName = "Order")
    String nextStepText(Order order, Caller caller, DataFetchingEnvironment env) {
        Order.NextStep step = order.nextStep();
        String key = "order.nextStep." + step.name();
        if (step == Order.NextStep.AWAITING_ANSWER && policy.confirmOrder(caller, order.facts()).allowed()) {
            key += ".yours";
        }
        Object[] args = {order.linesToShip(), order.confirmedLines()};
        return texts.text(key, args, step.name(), env);
    }

    @SchemaMapping(typeName = "Order")
    int linesToShip(Order order) {
        return order.nextStep() == Order.NextStep.TO_HAND_OVER ? order.linesToShip() : 0;
    }

    @SchemaMapping(typeName = "Order")
    int confirmedLines(Order order) {
        return order.confirmedLines();
    }

    @SchemaMapping(typeName = "Order")
    List<Order.HandOver> handOvers(Order order) {
        return order.handOvers();
    }

    @SchemaMapping(typeName = "OrderLine")
    int handedOverQuantity(OrderLine line) {
        return line.handedOver();
    }

    @SchemaMapping(typeName = "OrderLine")
    int leftToShip(OrderLine line) {
        return line.leftToShip();
    }
}
