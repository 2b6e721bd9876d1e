/**
 * Market development funds in the portal ({@code /funds}): a dealer's allocations, its requests and their claims with
 * proof of performance; staff's approval queue. Everything through the public GraphQL API and the evidence endpoint.
 */
package io.canale.portal.fund;
