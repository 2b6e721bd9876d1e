/**
 * The start page per audience: what waits for the signed-in person now (counts and the first items, linked to their
 * records), a few figures of its work with small charts, and the same counts as badges on the menu; and the profile
 * page (who the person is, its grants in words). What waits and which figures come from the API ({@code viewer.todo},
 * {@code viewer.kpis}); the portal decides none of it.
 */
package io.canale.portal.home;
