/**
 * The partner directory: a lazily paged, filterable grid and a form to create, change, deactivate and reactivate
 * partners, offered as far as the API's {@code viewerCan} allows. Mirrors {@code schema/.../graphql/partner/}.
 */
package io.canale.portal.partner;
