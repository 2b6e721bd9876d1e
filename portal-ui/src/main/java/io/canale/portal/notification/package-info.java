/**
 * What needs the reader, as the API derives it from the change feed: the bell in the shell's header with the unread
 * count, kept current with server push from the session's live connection (the {@code notifications} subscription; a slow poll only while it is down), and the list of notifications linking to
 * their records, which shows new ones as they come. The portal decides nothing here: it shows what {@code notifications} and
 * {@code unreadNotifications} answer.
 */
package io.canale.portal.notification;
