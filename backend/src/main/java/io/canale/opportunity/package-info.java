/**
 * Opportunities converted from accepted leads: stages, activities, expected products (checked against the
 * catalog, feeding suppliers' demand forecasts) and the pipeline totals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "catalog", "lead"})
package io.canale.opportunity;
