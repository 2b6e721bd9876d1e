/**
 * The session's live connection to the backend: one GraphQL WebSocket (graphql-transport-ws) per signed-in portal
 * session, shared by its tabs and views, with the {@code notifications} subscription (the bell) and the
 * {@code changes} of the record types the open views show (their debounced live refresh), renewed before its token
 * expires, resumed after a drop without missing changes, and closed when the session ends. The backend filters what
 * each reader receives; the portal only refreshes what it shows.
 */
package io.canale.portal.live;
