/**
 * Incentive programs in the portal ({@code /incentives}, area INCENTIVES): the programs a dealer takes part in (staff:
 * all) with their rules in words, and a partner's earnings per period (earned, pending, paid) down to the ledger entries
 * and the orders behind them, the tier progress bar with its sentence, and statements as PDF or CSV. Every number is the
 * API's; the portal holds no rules. Staff's program editor, approval queues and liability charts live elsewhere.
 */
package io.canale.portal.incentive;
