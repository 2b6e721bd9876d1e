package io.canale.portal.deal;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The deal registration operations of the API, one GraphQL document each. */
@Component
class DealApi {

    private static final ParameterizedTypeReference<Connection<DealRegistration>> PAGE =
            new ParameterizedTypeReference<>() {
            };

    private final CanaleApi api;

    DealApi(CanaleApi api) {
        this.api = api;
    }

    /** A page of registrations; a null status does not narrow it. */
    Connection<DealRegistration> page(int first, String after, DealRegistration.Status status) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("status", status == null ? null : status.name());
        return api.execute("dealRegistrations", variables, "dealRegistrations", PAGE);
    }

    DealPayload register(DealDraft draft) {
        return mutate("registerDeal", draft.toInput());
    }

    DealPayload approve(DealRegistration registration) {
        return mutate("approveDealRegistration", decision(registration, null));
    }

    DealPayload reject(DealRegistration registration, String reason) {
        return mutate("rejectDealRegistration", decision(registration, reason));
    }

    private DealPayload mutate(String mutation, Map<String, Object> input) {
        return api.execute(mutation, Map.of("input", input), mutation, DealPayload.class);
    }

    private static Map<String, Object> decision(DealRegistration registration, String reason) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", registration.id());
        input.put("expectedVersion", registration.version());
        if (reason != null) {
            input.put("reason", reason);
        }
        return input;
    }
}
