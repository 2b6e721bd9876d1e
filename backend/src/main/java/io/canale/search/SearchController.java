package io.canale.search;

import io.canale.shared.SearchText;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code search} query: the checked text, whose result fields the capabilities answer. */
@Controller
class SearchController {

    @QueryMapping
    SearchText search(@Argument String text) {
        return SearchText.of(text, "text");
    }

    @SchemaMapping(typeName = "SearchResults", field = "text")
    String text(SearchText search) {
        return search.text();
    }
}
