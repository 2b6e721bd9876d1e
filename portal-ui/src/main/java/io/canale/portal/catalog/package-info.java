/**
 * The catalog: products by SKU with the dealer's price and availability, their creation and changes by staff
 * and their descriptions by the product's supplier, and the price lists (dealers read their tier's, staff
 * publish new ones from CSV text). Dealers start orders from it; order entry ({@code io.canale.portal.order})
 * searches products through {@link io.canale.portal.catalog.CatalogApi}.
 * Mirrors {@code schema/.../graphql/catalog/} (and the availability of {@code stock/}).
 */
package io.canale.portal.catalog;
