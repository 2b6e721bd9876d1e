/** The start page: who the signed-in user is, for which partner, with which role and grants. */
package io.canale.portal.home;
