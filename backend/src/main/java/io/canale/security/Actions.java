package io.canale.security;

import java.util.List;

/**
 * The {@code viewerCan} answers: what the caller may do with one record, or start at all, as the
 * {@link AccessPolicy} decides. Each flag comes from the same policy method the mutation enforces.
 */
public interface Actions {

    record Lead(boolean accept, boolean decline, boolean route, boolean merge, boolean convert) {
    }

    record Opportunity(boolean move, boolean update, boolean addActivity) {
    }

    record DealRegistration(boolean approve, boolean reject) {
    }

    record Order(boolean confirm, boolean cancel, boolean ship, boolean reorder, boolean downloadConfirmation) {
    }

    /**
     * {@code events}: the events the caller may report now; {@code correctionEvents}: those the last event may be
     * corrected into (empty when the caller may not correct it).
     */
    record Shipment(boolean recordEvent, List<String> events, boolean correctLastEvent, List<String> correctionEvents,
            boolean attachProofOfDelivery) {
    }

    record OrderDraft(boolean edit, boolean submit, boolean delete) {
    }

    record Product(boolean edit, boolean editDescription) {
    }

    record Partner(boolean update, boolean deactivate, boolean manageOrganisation) {
    }

    /**
     * What the caller may do with a service case; {@code commentVisibilities} are the visibilities it may give a
     * comment (none when it may not comment).
     */
    record ServiceCase(boolean triage, boolean startWork, boolean waitOn, boolean resolve, boolean close, boolean reopen,
            boolean manageParties, boolean overrideWarranty, boolean comment, List<String> commentVisibilities,
            boolean openRecoveryClaim, boolean authorizeReturn, boolean shipReturn, boolean carryReturn, boolean inspectReturn) {
    }

    record CaseComment(boolean edit, boolean delete, boolean attach) {
    }

    record RecoveryClaim(boolean accept, boolean dispute, boolean withdraw) {
    }

    /** What the caller may start, apart from any one record. */
    record Viewer(boolean createLead, boolean importLeads, boolean manageRoutingRules, boolean registerDeal,
            boolean submitOrder, boolean createProduct, boolean publishPriceList, boolean publishStock,
            boolean createPartner, boolean seeOtherPartners, boolean openServiceCase, List<String> grantableClientScopes,
            boolean manageWebhooksOfAnyPartner) {
    }

    /** What the caller may do with one of a partner's webhook endpoints. */
    record WebhookEndpoint(boolean rotateSecret, boolean disable, boolean enable, boolean delete, boolean replay) {
    }

    /** What the caller may do with a fund budget. */
    record FundBudget(boolean allocate) {
    }

    /** What the caller may do with a fund allocation. */
    record FundAllocation(boolean requestFunds) {
    }

    /** What the caller may do with a fund request and its claim. */
    record FundRequest(boolean approve, boolean reject, boolean askForInformation, boolean answer, boolean withdraw,
            boolean attachEvidence, boolean claim, boolean approveClaim, boolean rejectClaim, boolean markPaid) {
    }

    /** What the caller may do with an incentive program: revise its rules, close a period, record a payout, run the check. */
    record IncentiveProgram(boolean revise, boolean closePeriod, boolean recordPayout, boolean check) {
    }
}
