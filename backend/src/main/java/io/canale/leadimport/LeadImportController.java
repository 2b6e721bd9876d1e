package io.canale.leadimport;

import io.canale.security.AccessPolicy;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL views of lead imports: progress, counters and refused rows. */
@Controller
class LeadImportController {

    private final LeadImports imports;
    private final AccessPolicy policy;

    LeadImportController(LeadImports imports, AccessPolicy policy) {
        this.imports = imports;
        this.policy = policy;
    }

    @QueryMapping
    Window<LeadImportJob> leadImports(ScrollSubrange subrange) {
        return imports.list(policy.caller(), subrange);
    }

    @QueryMapping
    LeadImportJob leadImport(@Argument String id) {
        return imports.find(policy.caller(), id).orElse(null);
    }

    @QueryMapping
    Window<ImportRowError> leadImportErrors(@Argument String id, ScrollSubrange subrange) {
        return imports.errors(policy.caller(), id, subrange);
    }
}
