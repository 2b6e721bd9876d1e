/** The routing rules staff keep in order: create, edit, move, delete. Mirrors {@code schema/.../graphql/routing/}. */
package io.canale.portal.routing;
