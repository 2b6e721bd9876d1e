/**
 * Rate budgets of the GraphQL API: each partner system (by client id) and each person (by subject) has a bucket
 * of cost points that refills at a steady rate — a leaky bucket, as Shopify's and GitHub's GraphQL APIs meter
 * calculated query cost. An operation is charged the cost the query limits measured before it runs; one that does
 * not fit is refused with 429 and {@code Retry-After} without running. Every answer reports the budget in
 * {@code extensions.cost.budget} and in {@code RateLimit-*} headers. Buckets live in the node's memory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package io.canale.budget;
