/**
 * Leads for dealers and staff: the inbox (the routed dealer accepts or declines), a lead's detail with its
 * timeline, routing by hand (staff). Mirrors {@code schema/.../graphql/lead/}.
 */
package io.canale.portal.lead;
