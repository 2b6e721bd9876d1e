/**
 * The portal's shell around every view: the main layout (drawer with the caller's areas in the API's order,
 * header with the user, notification bell, language switch and sign-out), the pages for unknown routes, failed API calls and a
 * failed sign-in, and the handling of errors thrown in UI events.
 */
package io.canale.portal.shell;
