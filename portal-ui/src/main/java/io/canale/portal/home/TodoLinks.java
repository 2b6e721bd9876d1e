package io.canale.portal.home;

/** Where the portal shows a waiting record: its own page where there is one, otherwise the list it waits in. */
final class TodoLinks {

    private TodoLinks() {
    }

    static String routeOf(TodoKind kind, String recordId) {
        return switch (kind) {
            case LEADS_TO_ANSWER, LEADS_TO_ROUTE -> "leads/" + recordId;
            case ORDERS_TO_ANSWER, ORDERS_TO_HAND_OVER -> "orders/" + recordId;
            case CASES_TO_TRIAGE, CASES_WAITING -> "service-cases/" + recordId;
            case DEALS_TO_REVIEW -> "deals";
            case DRAFTS_TO_SUBMIT -> "orders/new";
            case SHIPMENTS_TO_MOVE -> "shipments";
            case FUND_REQUESTS_TO_REVIEW, FUND_CLAIMS_TO_REVIEW -> "funds?awaitingStaff=true";
            case FUND_QUESTIONS_TO_ANSWER, FUND_CLAIMS_DUE -> "funds";
        };
    }

    /** The list of all records of the kind. */
    static String listOf(TodoKind kind) {
        return switch (kind) {
            case LEADS_TO_ANSWER, LEADS_TO_ROUTE -> "leads";
            case ORDERS_TO_ANSWER -> "supplier/orders";
            case ORDERS_TO_HAND_OVER -> "supplier/orders?show=to-ship";
            case CASES_TO_TRIAGE, CASES_WAITING -> "service-cases";
            case DEALS_TO_REVIEW -> "deals";
            case DRAFTS_TO_SUBMIT -> "orders/new";
            case SHIPMENTS_TO_MOVE -> "shipments";
            case FUND_REQUESTS_TO_REVIEW, FUND_CLAIMS_TO_REVIEW -> "funds?awaitingStaff=true";
            case FUND_QUESTIONS_TO_ANSWER, FUND_CLAIMS_DUE -> "funds";
        };
    }
}
