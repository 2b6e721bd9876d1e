/**
 * Deal registrations: dealers claim the deals they work on (and learn when another dealer was first),
 * staff approve or reject them.
 */
package io.canale.portal.deal;
