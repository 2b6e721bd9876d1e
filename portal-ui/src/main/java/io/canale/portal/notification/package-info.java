/**
 * What needs the reader, as the API derives it from the change feed: the bell in the shell's header with the unread
 * count, kept current with server push by a per-UI background refresh, and the list of notifications linking to
 * their records. The portal decides nothing here: it shows what {@code notifications} and
 * {@code unreadNotifications} answer.
 */
package io.canale.portal.notification;
