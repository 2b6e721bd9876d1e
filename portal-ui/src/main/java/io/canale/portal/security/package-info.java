/**
 * Sign-in and sign-out through the backend's authorization server (authorization code with PKCE),
 * the mapping of token claims to the portal's roles, and the interceptor that puts the signed-in user's
 * access token on calls to the backend. Exposes {@link io.canale.portal.security.CanaleUser},
 * {@link io.canale.portal.security.Roles} and {@link io.canale.portal.security.PortalScopes}.
 */
package io.canale.portal.security;
