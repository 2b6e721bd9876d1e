package io.canale.catalog;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.Locale;

/** A text in Italian and English; at least one of the two. */
public record LocalizedText(String it, String en) {

    public LocalizedText {
        it = it == null || it.isBlank() ? null : it.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    static LocalizedText empty() {
        return new LocalizedText(null, null);
    }

    void validate(UserErrors errors, String path, int max, boolean required) {
        if (required && it == null && en == null) {
            errors.add(path, UserErrorCode.REQUIRED, "give the Italian or the English text");
        }
        errors.maxLength(path + ".it", it, max).maxLength(path + ".en", en, max);
    }

    /** The text in the reader's language, else the other one. */
    String in(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        String preferred = italian ? it : en;
        return preferred != null ? preferred : (italian ? en : it);
    }
}
