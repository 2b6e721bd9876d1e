package io.canale.shared.graphql;

import graphql.GraphQLContext;
import java.util.OptionalLong;

/**
 * The cost the query limits measured for an operation that passed them, kept in its {@code GraphQLContext} for
 * whoever charges it (the rate budgets of {@code io.canale.budget}).
 */
public final class QueryCost {

    private static final String KEY = QueryCost.class.getName();

    private QueryCost() {
    }

    /** The operation's cost; empty until the limits passed it (or when they refused it). */
    public static OptionalLong of(GraphQLContext context) {
        Long cost = context.get(KEY);
        return cost == null ? OptionalLong.empty() : OptionalLong.of(cost);
    }

    static void record(GraphQLContext context, long cost) {
        context.put(KEY, cost);
    }
}
