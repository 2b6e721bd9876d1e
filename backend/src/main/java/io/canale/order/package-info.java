/**
 * Orders worked by three parties: the dealer submits (split per supplier, prices frozen from its tier's
 * list), the supplier confirms per line, the dealer or staff may cancel before confirmation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "catalog"})
package io.canale.order;
