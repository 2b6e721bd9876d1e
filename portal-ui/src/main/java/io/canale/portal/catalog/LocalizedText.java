package io.canale.portal.catalog;

import io.canale.portal.api.SchemaType;

/** The API's {@code LocalizedText}: a text in Italian and English, either may be null. */
@SchemaType
public record LocalizedText(String it, String en) {
}
