package io.canale.portal.partner;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The partner operations of the API, one GraphQL document each. */
@Component
class PartnerDirectory {

    private static final ParameterizedTypeReference<Connection<Partner>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CanaleApi api;

    PartnerDirectory(CanaleApi api) {
        this.api = api;
    }

    Connection<Partner> page(int first, String after, PartnerFilter filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filter.toInput());
        return api.execute("partners", variables, "partners", PAGE);
    }

    /** The partner with its contacts, as stored now. */
    Partner load(String id) {
        return api.execute("partner", Map.of("id", id), "partner", Partner.class);
    }

    PartnerPayload create(PartnerDraft draft) {
        return mutate("createPartner", draft.createInput());
    }

    PartnerPayload update(PartnerDraft draft) {
        return mutate("updatePartner", draft.updateInput());
    }

    PartnerPayload deactivate(PartnerDraft draft) {
        return mutate("deactivatePartner", draft.statusInput());
    }

    PartnerPayload reactivate(PartnerDraft draft) {
        return mutate("reactivatePartner", draft.statusInput());
    }

    private PartnerPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, PartnerPayload.class);
    }
}
