package io.canale.portal.catalog;

/** The API's {@code LocalizedText}: a text in Italian and English, either may be null. */
record LocalizedText(String it, String en) {
}
