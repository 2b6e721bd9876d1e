package io.canale.security;

/**
 * A kind of work that waits for a caller (the home's "what needs me now"), in the order the home shows them; the
 * GraphQL enum {@code TodoKind}. Which kinds a caller has is the {@link AccessPolicy}'s answer ({@code todos}); the
 * capability that owns the records counts them.
 */
public enum TodoKind {
    LEADS_TO_ANSWER(Area.LEADS),
    LEADS_TO_ROUTE(Area.LEADS),
    DEALS_TO_REVIEW(Area.DEALS),
    DRAFTS_TO_SUBMIT(Area.ORDER_ENTRY),
    ORDERS_TO_ANSWER(Area.SUPPLIER_ORDERS),
    ORDERS_TO_HAND_OVER(Area.SUPPLIER_ORDERS),
    SHIPMENTS_TO_MOVE(Area.SHIPMENTS),
    CASES_TO_TRIAGE(Area.SERVICE_CASES),
    CASES_WAITING(Area.SERVICE_CASES),
    FUND_REQUESTS_TO_REVIEW(Area.FUNDS),
    FUND_CLAIMS_TO_REVIEW(Area.FUNDS),
    FUND_QUESTIONS_TO_ANSWER(Area.FUNDS),
    FUND_CLAIMS_DUE(Area.FUNDS);

    private final Area area;

    TodoKind(Area area) {
        this.area = area;
    }

    /** The area (menu entry) where this work is done, which carries its count as a badge. */
    public Area area() {
        return area;
    }
}
