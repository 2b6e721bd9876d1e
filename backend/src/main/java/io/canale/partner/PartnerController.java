package io.canale.partner;

import io.canale.partner.PartnerInputs.CreatePartnerInput;
import io.canale.partner.PartnerInputs.PartnerFilter;
import io.canale.partner.PartnerInputs.PartnerStatusInput;
import io.canale.partner.PartnerInputs.UpdatePartnerInput;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import io.canale.shared.UserError;
import java.util.List;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL entry points of the partner directory. */
@Controller
class PartnerController {

    record PartnerPayload(Partner partner, List<UserError> userErrors) {

        static PartnerPayload of(Partner partner) {
            return new PartnerPayload(partner, List.of());
        }

        static PartnerPayload refused(List<UserError> errors) {
            return new PartnerPayload(null, errors);
        }
    }

    private final PartnerDirectory directory;
    private final AccessPolicy policy;

    PartnerController(PartnerDirectory directory, AccessPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    @QueryMapping
    Window<Partner> partners(@Argument PartnerFilter filter, @Argument PartnerSort sort, ScrollSubrange subrange, Caller caller) {
        return directory.list(caller, filter, sort, subrange);
    }

    /** Global search's partners: those the caller may list, by name. */
    @SchemaMapping(typeName = "SearchResults", field = "partners")
    Window<Partner> searchPartners(io.canale.shared.SearchText search, ScrollSubrange subrange, Caller caller) {
        return directory.search(caller, search, subrange);
    }

    @QueryMapping
    Partner partner(@Argument String id, Caller caller) {
        return directory.find(caller, id).orElse(null);
    }

    @MutationMapping
    PartnerPayload createPartner(@Argument CreatePartnerInput input, Caller caller) {
        return Payloads.run(() -> directory.create(caller, input), PartnerPayload::of, PartnerPayload::refused);
    }

    @MutationMapping
    PartnerPayload updatePartner(@Argument UpdatePartnerInput input, Caller caller) {
        return Payloads.run(() -> directory.update(caller, input), PartnerPayload::of, PartnerPayload::refused);
    }

    @MutationMapping
    PartnerPayload deactivatePartner(@Argument PartnerStatusInput input, Caller caller) {
        return Payloads.run(() -> directory.deactivate(caller, input.id(), input.expectedVersion()),
                PartnerPayload::of, PartnerPayload::refused);
    }

    @MutationMapping
    PartnerPayload reactivatePartner(@Argument PartnerStatusInput input, Caller caller) {
        return Payloads.run(() -> directory.reactivate(caller, input.id(), input.expectedVersion()),
                PartnerPayload::of, PartnerPayload::refused);
    }

    @SchemaMapping(typeName = "Partner")
    Actions.Partner viewerCan(Partner partner, Caller caller) {
        return policy.partnerActions(caller, partner.id());
    }
}
