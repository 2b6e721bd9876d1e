/**
 * Stock and demand for suppliers (and staff): the CSV stock upload through the backend's
 * {@code /imports/stock} with the user's token, a single SKU's stock by hand, demand per SKU and ISO week
 * drawn as a server-side SVG chart, and low-stock alerts. Mirrors {@code schema/.../graphql/stock/}.
 */
package io.canale.portal.stock;
