package io.canale.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a company is recognised by across records: lower case, without punctuation, spacing and legal
 * form, so "Rossi S.r.l." and "ROSSI SRL" are the same company.
 */
public final class CompanyNames {

    private static final Pattern LEGAL_FORMS = Pattern.compile("\\b(srl|spa|sas|snc|srls|gmbh|ag|sa|sarl|ltd|llc|inc|bv|nv)\\b");

    private CompanyNames() {
    }

    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        String key = LEGAL_FORMS.matcher(lower).replaceAll("").replaceAll("[^\\p{L}\\p{N}]", "");
        return key.isEmpty() ? null : key;
    }
}
