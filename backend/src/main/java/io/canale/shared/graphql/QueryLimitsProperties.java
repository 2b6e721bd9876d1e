package io.canale.shared.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits checked before any field runs.
 *
 * @param maxDepth deepest selection allowed, introspection excluded (its standard query is 15 deep)
 * @param maxCost highest cost allowed: each field costs 1 plus its children, times {@code first} for lists
 * @param defaultPageSize multiplier assumed for a list field called without {@code first}
 * @param maxFieldRepeats how often one field (type and name) may appear in one operation, aliases included
 * @param introspectionCost what each {@code __schema} or {@code __type} costs, whatever it selects: its depth and
 *        shape say little about the work (the standard query reads the whole schema)
 */
@ConfigurationProperties("canale.graphql.limits")
record QueryLimitsProperties(int maxDepth, int maxCost, int defaultPageSize, int maxFieldRepeats, int introspectionCost) {

    QueryLimitsProperties {
        maxDepth = maxDepth > 0 ? maxDepth : 12;
        maxCost = maxCost > 0 ? maxCost : 10_000;
        defaultPageSize = defaultPageSize > 0 ? defaultPageSize : 20;
        maxFieldRepeats = maxFieldRepeats > 0 ? maxFieldRepeats : 30;
        introspectionCost = introspectionCost > 0 ? introspectionCost : 1000;
    }
}
