package io.canale.opportunity;

import io.canale.partner.PartnerDirectory;
import io.canale.security.Caller;
import io.canale.shared.DateOrder;
import io.canale.shared.Money;
import io.canale.shared.web.CsvExport;
import io.canale.shared.web.ExportBudget;
import io.canale.shared.web.FileTransferEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The opportunity list as CSV ({@code GET /exports/opportunities.csv}, optional {@code stage}, {@code order} and
 * {@code sort}, as the connection's arguments): the rows the caller's {@code opportunities} connection lists with the same
 * filter, in its order (newest first by default).
 */
@RestController
@FileTransferEndpoint
class OpportunityExportEndpoint {

    static final List<String> HEADER = List.of("id", "name", "stage", "amount", "currency", "probability", "expectedCloseDate",
            "contactName", "contactEmail", "company", "dealer", "createdAt");

    private final Opportunities opportunities;
    private final PartnerDirectory partners;
    private final ExportBudget budget;

    OpportunityExportEndpoint(Opportunities opportunities, PartnerDirectory partners, ExportBudget budget) {
        this.budget = budget;
        this.opportunities = opportunities;
        this.partners = partners;
    }

    @GetMapping("/exports/opportunities.csv")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String stage,
            @RequestParam(required = false) DateOrder order, @RequestParam(required = false) OpportunitySort sort, Caller caller) {
        return CsvExport.of(budget, caller.budgetKey(), "opportunities.csv", HEADER,
                page -> opportunities.list(caller, stage, null, OpportunitySort.of(sort, order), page), this::rows);
    }

    private List<List<Object>> rows(List<Opportunity> page) {
        var dealerIds = page.stream().map(Opportunity::dealerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> dealers = dealerIds.isEmpty() ? Map.of() : partners.namesOf(dealerIds);
        return page.stream().map(opportunity -> {
            List<Object> row = new ArrayList<>();
            Money amount = opportunity.amount();
            row.add(opportunity.id());
            row.add(opportunity.name());
            row.add(opportunity.stage());
            row.add(amount == null ? null : amount.amount().toPlainString());
            row.add(amount == null ? null : amount.currency());
            row.add(opportunity.probability());
            row.add(opportunity.expectedCloseDate());
            row.add(opportunity.contact() == null ? null : opportunity.contact().name());
            row.add(opportunity.contact() == null ? null : opportunity.contact().email());
            row.add(opportunity.company() == null ? null : opportunity.company().name());
            row.add(dealers.getOrDefault(opportunity.dealerId(), opportunity.dealerId()));
            row.add(opportunity.audit().createdAt());
            return row;
        }).toList();
    }
}
