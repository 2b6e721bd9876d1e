package io.canale.portal.partner;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The partner directory's calls to the API, one document each under {@code graphql-documents/partner/}. */
@Component
class PartnerApi {

    private final CanaleApi api;

    PartnerApi(CanaleApi api) {
        this.api = api;
    }

    Connection<Partner> page(int first, String after, PartnerFilter filter) {
        return page(first, after, filter, null);
    }

    /** A page by name as written, or by a column when {@code sort} is given. */
    Connection<Partner> page(int first, String after, PartnerFilter filter, PartnerSort sort) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("filter", filter);
        variables.put("sort", sort);
        return api.page("partner/partners", "partners", Partner.class, first, after, variables);
    }

    /** The partner with its contacts and what the caller may do with it, as stored now; null when it is gone. */
    Partner load(String id) {
        return api.execute("partner/partner", Map.of("id", id), "partner", Partner.class);
    }

    PartnerPayload create(PartnerDraft draft) {
        return api.mutate("partner/createPartner", draft.createInput(), PartnerPayload.class);
    }

    PartnerPayload update(PartnerDraft draft) {
        return api.mutate("partner/updatePartner", draft.updateInput(), PartnerPayload.class);
    }

    PartnerPayload deactivate(PartnerDraft draft) {
        return api.mutate("partner/deactivatePartner", draft.statusInput(), PartnerPayload.class);
    }

    PartnerPayload reactivate(PartnerDraft draft) {
        return api.mutate("partner/reactivatePartner", draft.statusInput(), PartnerPayload.class);
    }
}
