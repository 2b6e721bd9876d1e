package io.canale.portal.order;

import io.canale.portal.api.SchemaType;

/**
 * What happens next with an order, seen from its supplier's side, as the API derives it; the supplier's list filters
 * on it ("to answer" is AWAITING_ANSWER, "to ship" TO_HAND_OVER) and shows the API's words for it ({@code nextStepText}).
 */
@SchemaType
enum OrderNextStep {
    AWAITING_ANSWER, TO_HAND_OVER, WITH_CARRIER, DELIVERED, CLOSED
}
