/**
 * The portal's typed client of the backend's GraphQL API: {@link io.canale.portal.api.CanaleApi} runs the named
 * documents under {@code graphql-documents/<capability>/} with the signed-in user's access token (one paged-call
 * helper, {@code page}; mutations with one typed {@code input}, {@code mutate}), reads the answers into
 * {@link io.canale.portal.api.SchemaType} records (one Java type per schema type, checked against the schema by
 * {@code SchemaTypesTests}; dates as {@code LocalDate}, date-times as {@code Instant}) and turns transport and
 * GraphQL failures into {@link io.canale.portal.api.ApiException}. Holds the schema types several features share
 * ({@code Partner}, {@code PartnerRef}, {@code Money}, {@code MoneyInput}, {@code TimelineEntry}, {@code Audit},
 * {@code Viewer}, {@code Area}, ...) and the pieces to read Relay connections ({@link io.canale.portal.api.CursorPager})
 * and user errors ({@link io.canale.portal.api.FieldPaths}). Knows nothing about views.
 */
package io.canale.portal.api;
