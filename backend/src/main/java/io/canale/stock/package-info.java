/**
 * Stock signals: suppliers publish stock levels and next-batch ETAs per SKU; dealers see availability as a
 * band, staff and the owning supplier the exact quantities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "catalog", "order", "opportunity", "partner", "change"})
package io.canale.stock;
