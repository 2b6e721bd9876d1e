package io.canale.portal.deal;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.deal.DealInputs.DealDecisionInput;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The deal registrations' calls to the API; documents under {@code graphql-documents/deal/}. */
@Component
class DealApi {

    private final CanaleApi api;

    DealApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of registrations, newest first; a null status does not narrow it. */
    Connection<DealRegistration> page(int first, String after, DealRegistration.Status status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        return api.page("deal/dealRegistrations", "dealRegistrations", DealRegistration.class, first, after, variables);
    }

    /** The registration, or null when it does not exist or is not visible. */
    DealRegistration load(String id) {
        return api.execute("deal/dealRegistration", Map.of("id", id), "dealRegistration", DealRegistration.class);
    }

    DealPayload register(DealDraft draft) {
        return api.mutate("deal/registerDeal", draft.toInput(), DealPayload.class);
    }

    DealPayload approve(DealRegistration registration) {
        return api.mutate("deal/approveDealRegistration",
                new DealDecisionInput(registration.id(), registration.version(), null), DealPayload.class);
    }

    DealPayload reject(DealRegistration registration, String reason) {
        return api.mutate("deal/rejectDealRegistration",
                new DealDecisionInput(registration.id(), registration.version(), reason), DealPayload.class);
    }
}
