/**
 * The portal's small client of the backend's GraphQL API: runs the named documents under
 * {@code graphql-documents/} with the signed-in user's access token, turns transport and GraphQL failures
 * into {@link io.canale.portal.api.ApiException}, and offers the pieces every feature needs to read Relay
 * connections ({@link io.canale.portal.api.CursorPager}) and user errors
 * ({@link io.canale.portal.api.FieldPaths}). Knows nothing about views.
 */
package io.canale.portal.api;
