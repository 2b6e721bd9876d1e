/**
 * A partner's self-service administration: invite and deactivate people, create, rotate and revoke the API clients
 * of the partner's own systems, as far as the partner's {@code viewerCan.manageOrganisation} allows; a new client's
 * scopes are the API's {@code viewerCan.grantableClientScopes}. Invitation links (answered only by a demo server without mail) and client secrets are shown
 * exactly once. Mirrors the organisation part of {@code schema/.../graphql/partner/}.
 */
package io.canale.portal.organisation;
