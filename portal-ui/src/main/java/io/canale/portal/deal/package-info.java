/**
 * Deal registrations: dealers claim the deals they work on (and learn when another dealer was first), staff
 * approve or reject them, each as the API's {@code viewerCan} allows. Mirrors {@code schema/.../graphql/deal/}.
 */
package io.canale.portal.deal;
