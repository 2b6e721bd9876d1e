package io.canale.catalog;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Product search: the SKU, name and description of a product in one language, folded (no accents, lower case,
 * single spaces) and stored on the product, so that a query is one regular expression per word on one field
 * rather than a scan of the texts. "fréno", "FRENO" and "freno" all find "Pastiglie freno".
 */
final class ProductSearch {

    /** Longer queries are refused: a search box, not a document. */
    static final int MAX_QUERY = 100;
    static final int MAX_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ProductSearch() {
    }

    /** The text without accents, in lower case, with runs of white space as one space. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** What a reader of each language searches: the SKU and the name and description as that reader sees them. */
    static LocalizedText textOf(String sku, LocalizedText names, LocalizedText descriptions) {
        return new LocalizedText(textIn(Locale.ITALIAN, sku, names, descriptions), textIn(Locale.ENGLISH, sku, names, descriptions));
    }

    private static String textIn(Locale language, String sku, LocalizedText names, LocalizedText descriptions) {
        return fold(String.join(" ", sku, orEmpty(names == null ? null : names.in(language)),
                orEmpty(descriptions == null ? null : descriptions.in(language))));
    }

    /** The stored field a reader of this locale searches (Italian readers the Italian text, everyone else the English). */
    static String fieldFor(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? "searchText.it" : "searchText.en";
    }

    /** Every word of the query must occur in the reader's text; the user's input is quoted, never a pattern. */
    static List<Criteria> matching(String query, Locale locale) {
        String field = fieldFor(locale);
        return words(query).stream().map(word -> Criteria.where(field).regex(Pattern.quote(word))).toList();
    }

    /** The distinct folded words of the query; blank yields none. */
    static List<String> words(String query) {
        if (query != null && query.length() > MAX_QUERY) {
            throw new InvalidInputException("filter.search", UserErrorCode.TOO_LONG, "at most " + MAX_QUERY + " characters");
        }
        String folded = fold(query);
        List<String> words = folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidInputException("filter.search", UserErrorCode.TOO_MANY, "at most " + MAX_WORDS + " words");
        }
        return words;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
