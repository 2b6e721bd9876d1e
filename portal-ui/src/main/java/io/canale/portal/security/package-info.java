/**
 * Sign-in and sign-out through the backend's authorization server (authorization code with PKCE), the API's
 * {@code viewer} asked once at sign-in, whose areas become the authorities behind {@code @RolesAllowed}
 * ({@link io.canale.portal.security.Areas}), and the interceptor that puts the signed-in user's access token on
 * calls to the backend. Views use {@link io.canale.portal.security.Areas} and
 * {@link io.canale.portal.security.CurrentViewer}; the portal holds no access rules of its own.
 */
package io.canale.portal.security;
