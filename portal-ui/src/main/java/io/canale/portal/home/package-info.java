/** The start page: who the signed-in person is and for which partner. */
package io.canale.portal.home;
