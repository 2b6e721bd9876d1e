package io.canale.portal.api;

/** An area of work the access policy lets the caller use ({@code viewer.areas}): a menu entry and its views. */
@SchemaType
public enum Area {
    HOME, PARTNERS, ORGANISATION, LEADS, ROUTING_RULES, LEAD_IMPORTS, DEALS, PIPELINE, CATALOG, PRICE_LISTS, ORDERS, ORDER_ENTRY, SUPPLIER_ORDERS, SHIPMENTS, STOCK_UPLOAD, DEMAND, SERVICE_CASES,
    SERVICE_BOARD, CASES_BY_PRODUCT, SERVICE_SATISFACTION, FUNDS, FUND_BUDGETS, INCENTIVE_ADMIN, WEBHOOKS;

    /** The authority the portal grants for the area at sign-in, for {@code @RolesAllowed} (without {@code ROLE_}). */
    public String authority() {
        return "AREA_" + name();
    }
}
