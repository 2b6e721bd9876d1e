/**
 * Market development funds (MDF): staff set up a budget (currency, amount, period, claim deadline rule) and allocate it
 * to partners, as a fixed amount or a percentage of a partner's delivered purchases; a partner requests funds for a
 * marketing activity from its allocation; staff approve (possibly less), reject or ask for more information; after
 * the activity the partner claims with proof of performance (files in the shared attachment store, a checklist per
 * activity type); staff approve or reject the claim and record the payment. An approved request whose claim deadline
 * passes without a claim is released back to the allocation.
 * <p>
 * <b>Never more than the parent, without transactions.</b> Two documents carry the limits, each changed only by a
 * replace conditional on its {@code version} (optimistic locking; a lost race reloads and decides again):
 * <ul>
 * <li>A {@link FundBudget} lists its grants (partner → amount); a grant is added only when the granted sum stays
 * within the budget. The grant is the commit point: the {@link FundAllocation} document (id derived from budget and
 * partner) is written after it, from it. A crash between the two leaves a grant without its allocation — money held,
 * never money overspent — which allocating the partner again completes (the grant is found, the allocation written).</li>
 * <li>A {@link FundAllocation} embeds its requests, their claims and evidence, so every further limit is checked in
 * the one document it concerns: open requests hold their requested amount, approved ones their approved amount, an
 * approved claim the claimed amount, paid ones what was paid; {@code available = amount − held} may never go below
 * zero, and each change re-checks it on the version it replaces. Rejection, withdrawal, a smaller approval or claim
 * and an expired claim deadline release the difference in the same write.</li>
 * </ul>
 * Every change is a replace of a shared record, so the change feed (io.canale.change) records it in the same write:
 * audit and history come from there.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "order"})
package io.canale.fund;
