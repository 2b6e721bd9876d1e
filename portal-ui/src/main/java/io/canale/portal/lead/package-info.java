/**
 * Leads and what follows them, for dealers and staff: the inbox (the routed dealer accepts or declines),
 * a lead's detail with its timeline, routing by staff, conversion into an opportunity, the routing rules
 * (staff), the CSV import, and the opportunity pipeline. Mirrors {@code schema/.../graphql/lead/}.
 */
package io.canale.portal.lead;
