package io.canale.security;

/** An area of work (a portal menu entry or a partner tool's screen), in menu order; the GraphQL enum {@code Area}. */
public enum Area {
    HOME, PARTNERS, ORGANISATION, LEADS, ROUTING_RULES, LEAD_IMPORTS, DEALS, PIPELINE, CATALOG, PRICE_LISTS, ORDERS,
    ORDER_ENTRY, SUPPLIER_ORDERS, SHIPMENTS, STOCK_UPLOAD, DEMAND, SERVICE_CASES,
    SERVICE_BOARD, CASES_BY_PRODUCT, SERVICE_SATISFACTION, INCENTIVES, FUNDS, WEBHOOKS
}
