/**
 * Stock and demand: the CSV stock upload through the backend's {@code /imports/stock} with the user's token and a
 * single SKU's stock by hand, for those who may publish stock; demand per SKU and ISO week drawn as a server-side
 * SVG chart, and low-stock alerts. Mirrors {@code schema/.../graphql/stock/}.
 */
package io.canale.portal.stock;
