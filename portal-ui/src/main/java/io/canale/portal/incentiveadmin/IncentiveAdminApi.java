package io.canale.portal.incentiveadmin;

import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.incentiveadmin.ProgramInputs.ClosePeriod;
import io.canale.portal.incentiveadmin.ProgramInputs.CreateProgram;
import io.canale.portal.incentiveadmin.ProgramInputs.ProgramPayload;
import io.canale.portal.incentiveadmin.ProgramInputs.ReviseProgram;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The staff program screens' calls to the API; documents under {@code graphql-documents/incentiveadmin/}. */
@Component
class IncentiveAdminApi {

    private final CanaleApi api;

    IncentiveAdminApi(CanaleApi api) {
        this.api = api;
    }

    Connection<StaffProgram> page(int first, String after) {
        return api.page("incentiveadmin/staffPrograms", "incentivePrograms", StaffProgram.class, first, after, Map.of());
    }

    /** One program with the leaderboard of a period (null: the current one); null when it does not exist. */
    StaffProgram load(String id, String period) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("period", period);
        return api.execute("incentiveadmin/staffProgram", variables, "incentiveProgram", StaffProgram.class);
    }

    ProgramPayload create(CreateProgram input) {
        return api.mutate("incentiveadmin/createIncentiveProgram", input, ProgramPayload.class);
    }

    ProgramPayload revise(ReviseProgram input) {
        return api.mutate("incentiveadmin/reviseIncentiveProgram", input, ProgramPayload.class);
    }

    ProgramPayload close(ClosePeriod input) {
        return api.mutate("incentiveadmin/closeIncentivePeriod", input, ProgramPayload.class);
    }
}
