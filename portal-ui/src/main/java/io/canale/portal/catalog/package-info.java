/**
 * The catalog: products by SKU with the dealer's price and availability. Dealers start orders from it;
 * order entry ({@code io.canale.portal.order}) searches products through {@link io.canale.portal.catalog.CatalogApi}.
 * Mirrors {@code schema/.../graphql/catalog/} (and the availability of {@code stock/}).
 */
package io.canale.portal.catalog;
