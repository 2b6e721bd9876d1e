/**
 * A partner's self-service administration for its admins: invite and deactivate people, create, rotate
 * and revoke the API clients of the partner's own systems. Invitation links and client secrets are shown
 * exactly once.
 */
package io.canale.portal.organisation;
