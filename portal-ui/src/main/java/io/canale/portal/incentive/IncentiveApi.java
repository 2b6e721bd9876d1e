package io.canale.portal.incentive;

import io.canale.portal.api.BackendFiles;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.Partner;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The incentive screens' calls to the API; documents under {@code graphql-documents/incentive/}. */
@Component
class IncentiveApi {

    /** The statement formats the backend serves. */
    enum StatementFormat {
        PDF(MediaType.APPLICATION_PDF), CSV(MediaType.parseMediaType("text/csv"));

        final MediaType type;

        StatementFormat(MediaType type) {
            this.type = type;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CanaleApi api;
    private final BackendFiles files;

    IncentiveApi(CanaleApi api, BackendFiles files) {
        this.api = api;
        this.files = files;
    }

    /** A page of the programs the reader sees, newest first. */
    Connection<IncentiveProgram> programs(int first, String after) {
        return api.page("incentive/incentivePrograms", "incentivePrograms", IncentiveProgram.class, first, after, Map.of());
    }

    /**
     * The program with a partner's earnings and tier progress in a period: the reader's own partner when
     * {@code partnerId} is null; the current period when {@code period} is null. Null when it is not the reader's to see.
     */
    IncentiveProgram program(String id, String partnerId, String period) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("partnerId", partnerId);
        variables.put("period", period);
        return api.execute("incentive/incentiveProgram", variables, "incentiveProgram", IncentiveProgram.class);
    }

    /** A page of a partner's entries in a period, newest first; empty when the program is not the reader's to see. */
    Connection<IncentiveEntry> entries(String id, String partnerId, String period, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("partnerId", partnerId);
        variables.put("period", period);
        Connection<IncentiveEntry> page = api.page("incentive/incentiveEntries", "incentiveProgram.entries", IncentiveEntry.class, first,
                after, variables);
        return page == null ? new Connection<>(List.of(), new Connection.PageInfo(false, null)) : page;
    }

    /** Active dealers by name, for staff to pick whose earnings to read. */
    Connection<Partner> dealers(int first, String after, String nameContains) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nameContains", nameContains == null || nameContains.isBlank() ? null : nameContains.strip());
        return api.page("incentive/dealers", "partners", Partner.class, first, after, variables);
    }

    /**
     * Streams a partner's statement of a period from the backend's {@code /incentives/{id}/statements/{period}.pdf|.csv}
     * with the user's token, in the reader's language; the reader's own partner when {@code partnerId} is null.
     */
    void copyStatement(String id, String period, String partnerId, StatementFormat format, Locale language, OutputStream out) {
        if (partnerId == null) {
            files.copy("/incentives/{id}/statements/{period}." + format.extension(), format.type, language, out, id, period);
        } else {
            files.copy("/incentives/{id}/statements/{period}." + format.extension() + "?partnerId={partnerId}", format.type, language, out, id,
                    period, partnerId);
        }
    }
}
