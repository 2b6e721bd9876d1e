/**
 * The catalog: products by SKU with the dealer's price and availability, their creation and changes and their
 * descriptions as each product's {@code viewerCan} allows, and the price lists (those the API lists to the caller;
 * new ones from CSV text for those who may publish). Dealers start orders from it; order entry
 * ({@code io.canale.portal.order}) searches products through {@link io.canale.portal.catalog.CatalogApi}.
 * Mirrors {@code schema/.../graphql/catalog/} (and the availability of {@code stock/}).
 */
package io.canale.portal.catalog;
