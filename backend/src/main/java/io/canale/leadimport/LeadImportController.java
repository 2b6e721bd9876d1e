package io.canale.leadimport;

import io.canale.security.Caller;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL views of lead imports: progress, counters and refused rows. */
@Controller
class LeadImportController {

    private final LeadImports imports;

    LeadImportController(LeadImports imports) {
        this.imports = imports;
    }

    @QueryMapping
    Window<LeadImportJob> leadImports(ScrollSubrange subrange, Caller caller) {
        return imports.list(caller, subrange);
    }

    @QueryMapping
    LeadImportJob leadImport(@Argument String id, Caller caller) {
        return imports.find(caller, id).orElse(null);
    }

    @QueryMapping
    Window<ImportRowError> leadImportErrors(@Argument String id, ScrollSubrange subrange, Caller caller) {
        return imports.errors(caller, id, subrange);
    }
}
