package io.canale.portal.incentiveadmin;

import io.canale.portal.incentive.IncentiveProgram;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.incentiveadmin.ProgramInputs.ClosePeriod;
import io.canale.portal.incentiveadmin.ProgramInputs.CreateProgram;
import io.canale.portal.incentiveadmin.ProgramInputs.PayoutPayload;
import io.canale.portal.incentiveadmin.ProgramInputs.ProgramPayload;
import io.canale.portal.incentiveadmin.ProgramInputs.RecordPayout;
import io.canale.portal.incentiveadmin.ProgramInputs.ReviseProgram;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The staff program screens' calls to the API; documents under {@code graphql-documents/incentiveadmin/}. The program's
 * query and the mutations that answer the same program fields are operations of one document ({@value #PROGRAM}),
 * sharing one fragment.
 */
@Component
class IncentiveAdminApi {

    static final String PROGRAM = "incentiveadmin/staffProgram";

    private final CanaleApi api;

    IncentiveAdminApi(CanaleApi api) {
        this.api = api;
    }

    Connection<IncentiveProgram> page(int first, String after) {
        return api.page("incentiveadmin/staffPrograms", "incentivePrograms", IncentiveProgram.class, first, after, Map.of());
    }

    /** One program with the leaderboard of a period (null: the current one); null when it does not exist. */
    IncentiveProgram load(String id, String period) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("period", period);
        return api.execute(PROGRAM, "staffProgram", variables, "incentiveProgram", IncentiveProgram.class);
    }

    ProgramPayload create(CreateProgram input) {
        return api.mutate(PROGRAM, "createIncentiveProgram", input, ProgramPayload.class);
    }

    ProgramPayload revise(ReviseProgram input) {
        return api.mutate(PROGRAM, "reviseIncentiveProgram", input, ProgramPayload.class);
    }

    ProgramPayload close(ClosePeriod input) {
        return api.mutate(PROGRAM, "closeIncentivePeriod", input, ProgramPayload.class);
    }

    PayoutPayload recordPayout(RecordPayout input) {
        return api.mutate("incentiveadmin/recordIncentivePayout", input, PayoutPayload.class);
    }

    /** Active dealers by name, for staff to pick whom a payout goes to (the dealer screen's document). */
    Connection<PartnerRef> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.strip());
        return api.page("incentive/dealers", "partners", PartnerRef.class, first, after, variables);
    }

    /** The period recomputed from history and compared with the ledger. */
    CheckResult check(String programId, String period) {
        return api.execute("incentiveadmin/incentiveCheck", Map.of("programId", programId, "period", period), "incentiveCheck",
                CheckResult.class);
    }
}
