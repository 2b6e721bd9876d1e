/**
 * The partner directory for staff: a lazily paged, filterable grid and a form to create, change,
 * deactivate and reactivate partners. Editing needs the {@code partners:admin} scope.
 */
package io.canale.portal.partner;
