package io.canale.portal.search;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The API's global search ({@code graphql-documents/search/}): the first page of every kind, then more of one kind. */
@Component
class SearchApi {

    /** Matches shown per kind at a time; the results page asks for more of a kind on request. */
    static final int PER_KIND = 10;
    /** The API's bounds on the text, checked here first so the reader gets a sentence rather than an error. */
    static final int MAX_LENGTH = 100;
    static final int MAX_WORDS = 8;

    private final CanaleApi api;

    SearchApi(CanaleApi api) {
        this.api = api;
    }

    SearchResults search(String text) {
        return api.execute("search/search", Map.of("text", text, "first", PER_KIND), "search", SearchResults.class);
    }

    /**
     * The next page of one kind of result ({@code leads}, {@code opportunities}, {@code orders}, {@code partners},
     * {@code products}) after the cursor of the page before, one document per kind ({@code searchMore<Kind>}).
     */
    <T> Connection<T> more(String kind, String text, String after, ParameterizedTypeReference<Connection<T>> type) {
        String document = "search/searchMore" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return api.execute(document, Map.of("text", text, "first", PER_KIND, "after", after), "search." + kind, type);
    }

    /** Whether the API would refuse the text as too long or too many words. */
    static boolean tooLong(String text) {
        return text.length() > MAX_LENGTH || text.strip().split("\\s+").length > MAX_WORDS;
    }
}
