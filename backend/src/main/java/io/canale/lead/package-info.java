/**
 * Leads: capture (API and web form), duplicate detection, routing to dealers by ordered rules with an
 * explained decision, acceptance deadlines with automatic re-routing, and the lead timeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner"})
package io.canale.lead;
