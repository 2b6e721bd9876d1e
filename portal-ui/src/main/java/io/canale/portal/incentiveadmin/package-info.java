/**
 * Staff's incentive program screens ({@code /incentives/admin}): the programs with their liability, the editor that
 * defines a program and adds a new version of its rules from a date, closing periods, and the leaderboard with a small
 * server-side chart. Dealers' program, earnings and statement screens live elsewhere. Everything through the public
 * GraphQL API; what may be done is the records' {@code viewerCan}.
 */
package io.canale.portal.incentiveadmin;
