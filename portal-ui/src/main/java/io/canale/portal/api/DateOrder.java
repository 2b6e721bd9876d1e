package io.canale.portal.api;

/** The order of a list by its records' date, as the API's {@code DateOrder} argument takes it. */
@SchemaType
public enum DateOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
