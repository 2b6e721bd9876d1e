/**
 * Italian and English: the resource bundles behind {@code getTranslation}, the language switch and the
 * user's stored preference ({@code viewer.locale}), applied when a session starts after sign-in.
 */
package io.canale.portal.i18n;
