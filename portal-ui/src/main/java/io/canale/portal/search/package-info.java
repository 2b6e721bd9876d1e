/**
 * Global search: the search box in the header and the results page, grouped by kind of record, with what the API's
 * {@code search} query lets the reader see. Mirrors {@code schema/.../graphql/search/}.
 */
package io.canale.portal.search;
