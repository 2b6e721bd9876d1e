package io.canale.portal.home;

import io.canale.portal.api.SchemaType;

/** The API's {@code TodoKind}; each has a title {@code home.todo.<NAME>} and a route for its records ({@link TodoLinks}). */
@SchemaType
public enum TodoKind {
    LEADS_TO_ANSWER, LEADS_TO_ROUTE, DEALS_TO_REVIEW, DRAFTS_TO_SUBMIT, ORDERS_TO_ANSWER, ORDERS_TO_HAND_OVER,
    SHIPMENTS_TO_MOVE, CASES_TO_TRIAGE, CASES_WAITING, FUND_REQUESTS_TO_REVIEW, FUND_CLAIMS_TO_REVIEW, FUND_QUESTIONS_TO_ANSWER,
    FUND_CLAIMS_DUE
}
