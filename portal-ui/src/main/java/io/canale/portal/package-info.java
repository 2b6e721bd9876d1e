/**
 * The portal's shell, shared by every feature: the application, the main layout with the navigation the
 * user's roles allow, error handling (backend unreachable, GraphQL errors) and the small helpers that
 * views share (notifications, user errors on form fields, grids that narrow on phones).
 * Features: {@code home}, {@code partner}, {@code organisation}; infrastructure: {@code security},
 * {@code i18n}, {@code api}.
 */
package io.canale.portal;
