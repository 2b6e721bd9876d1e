/**
 * Service cases in the portal: the inbox of the cases the reader takes part in, with SLA countdowns and the
 * "waiting on me" filter; a case's page with its warranty decision, SLA clocks, the actions the API allows, the
 * thread with the visibilities the reader may choose, and the timeline; opening a case.
 */
package io.canale.portal.servicecase;
