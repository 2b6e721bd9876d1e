/**
 * The catalog: products (SKU, names and descriptions in Italian and English, product line, unit,
 * supplier) and price lists per dealer tier with validity dates. Dealers see their tier's prices only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner"})
package io.canale.catalog;
