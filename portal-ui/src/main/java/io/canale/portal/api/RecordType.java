package io.canale.portal.api;

/** The API's {@code RecordType}: the kinds of shared records that notifications and the record history are about. */
@SchemaType
public enum RecordType {
    LEAD, OPPORTUNITY, DEAL_REGISTRATION, ORDER, ORDER_DRAFT, PRODUCT, PRICE_LIST, STOCK_LEVEL, PARTNER, SERVICE_CASE,
    RECOVERY_CLAIM, FUND_BUDGET, FUND_ALLOCATION, INCENTIVE_PROGRAM, INCENTIVE_PAYOUT
}
