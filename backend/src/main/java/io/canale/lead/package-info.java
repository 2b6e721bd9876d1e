/**
 * Leads: capture (API and web form), duplicate detection and merge, acceptance by the routed dealer with
 * deadlines and re-routing, and the lead timeline. Who a lead goes to is decided behind
 * {@link io.canale.lead.LeadRouting}, which the routing module implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner"})
package io.canale.lead;
