/**
 * After-sale service cases worked by every party: the dealer opens them for its customers, the responsible
 * supplier and (for delivery damage) the carrier take part, staff coordinate. Warranty decided at intake from
 * delivery dates and product-line terms; a thread whose comments are internal, shared or addressed to one party.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "catalog", "order"})
package io.canale.servicecase;
