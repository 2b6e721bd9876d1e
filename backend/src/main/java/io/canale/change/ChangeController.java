package io.canale.change;

import graphql.relay.Connection;
import io.canale.security.Caller;
import io.canale.shared.Pages;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The change feed and record histories in the API. */
@Controller
class ChangeController {

    private final ChangeFeed feed;

    ChangeController(ChangeFeed feed) {
        this.feed = feed;
    }

    @QueryMapping
    Connection<ShownChange> changes(Caller caller, @Argument List<RecordType> types, @Argument Integer first,
            @Argument String after) {
        return feed.changes(caller, types, after, Pages.size(first));
    }

    @QueryMapping
    Connection<ShownChange> history(Caller caller, @Argument String recordId, @Argument Integer first, @Argument String after) {
        return feed.history(caller, recordId, after, Pages.size(first));
    }

    @SchemaMapping(typeName = "Change", field = "sequence")
    String sequence(ShownChange change) {
        return Long.toString(change.sequence());
    }
}
