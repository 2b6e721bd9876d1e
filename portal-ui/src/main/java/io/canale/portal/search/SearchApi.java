package io.canale.portal.search;

import io.canale.portal.api.CanaleApi;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The API's global search, one GraphQL document ({@code graphql-documents/search/search.graphql}). */
@Component
class SearchApi {

    /** Matches shown per kind; more than this asks the reader for more words. */
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

    /** Whether the API would refuse the text as too long or too many words. */
    static boolean tooLong(String text) {
        return text.length() > MAX_LENGTH || text.strip().split("\\s+").length > MAX_WORDS;
    }
}
