/**
 * A record's history as the API's change feed keeps it ({@code history(recordId)}): who changed what, field by
 * field, in a dialog that record pages (orders, service cases, leads, opportunities) open from a "who changed what"
 * button. The API filters what the reader may see; the portal only shows it.
 */
package io.canale.portal.change;
