package io.canale.shared.graphql;

import graphql.GraphQLContext;
import java.util.OptionalLong;

/**
 * The cost the query limits measured for an operation that passed them, kept in its {@code GraphQLContext} for
 * whoever charges it (the rate budgets of {@code io.canale.budget}).
 */
public final class QueryCost {

    private static final String KEY = QueryCost.class.getName();
    private static final String SUBSCRIPTION_KEY = QueryCost.class.getName() + ".subscription";

    private QueryCost() {
    }

    /** The operation's cost; empty until the limits passed it (or when they refused it). */
    public static OptionalLong of(GraphQLContext context) {
        Long cost = context.get(KEY);
        return cost == null ? OptionalLong.empty() : OptionalLong.of(cost);
    }

    /**
     * Whether the operation is a subscription. Its cost is charged once, when it starts; its results are events, each
     * sent to the subscriber, and do not repeat the cost in {@code extensions.cost} (a figure of the subscription, not
     * of the event, which would cost the encoding of two maps on every delivery).
     */
    public static boolean ofSubscription(GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(SUBSCRIPTION_KEY));
    }

    static void record(GraphQLContext context, long cost, boolean subscription) {
        context.put(KEY, cost);
        if (subscription) {
            context.put(SUBSCRIPTION_KEY, true);
        }
    }
}
