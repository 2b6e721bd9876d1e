/**
 * Leads: capture (API and web form), duplicate detection, routing to dealers by ordered rules with an
 * explained decision, acceptance deadlines with automatic re-routing, and the lead timeline; opportunities,
 * whose expected products (checked against the catalog) feed suppliers' demand forecasts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "catalog"})
package io.canale.lead;
