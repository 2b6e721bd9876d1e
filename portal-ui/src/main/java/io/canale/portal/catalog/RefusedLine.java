package io.canale.portal.catalog;

/**
 * A line of a price list's CSV text that was refused, in the portal or by the API.
 *
 * @param line the line number in the text, from 1
 * @param sku the SKU on that line as given (may be empty)
 * @param messageKey why, as a message key
 */
record RefusedLine(int line, String sku, String messageKey) {
}
