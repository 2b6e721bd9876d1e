package io.canale.lead;

import io.canale.partner.PartnerDirectory;
import io.canale.security.Caller;
import io.canale.shared.DateOrder;
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
 * The lead list as CSV ({@code GET /exports/leads.csv}, optional {@code status}, {@code dealerId}, {@code order} and {@code sort},
 * as the connection's arguments): the rows the caller's {@code leads} connection lists with the same filter, in its order
 * (newest first by default), behind the same bearer tokens.
 */
@RestController
@FileTransferEndpoint
class LeadExportEndpoint {

    static final List<String> HEADER = List.of("id", "status", "receivedAt", "contactName", "contactEmail", "contactPhone",
            "company", "vatNumber", "country", "region", "postalCode", "productLine", "dealer", "acceptBy");

    private final Leads leads;
    private final PartnerDirectory partners;
    private final ExportBudget budget;

    LeadExportEndpoint(Leads leads, PartnerDirectory partners, ExportBudget budget) {
        this.budget = budget;
        this.leads = leads;
        this.partners = partners;
    }

    @GetMapping("/exports/leads.csv")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) String dealerId, @RequestParam(required = false) DateOrder order,
            @RequestParam(required = false) LeadSort sort, Caller caller) {
        LeadFilter filter = new LeadFilter(status, dealerId);
        return CsvExport.of(budget, caller.budgetKey(), "leads.csv", HEADER, page -> leads.list(caller, filter, LeadSort.of(sort, order), page),
                this::rows);
    }

    private List<List<Object>> rows(List<Lead> page) {
        var dealerIds = page.stream().map(Lead::dealerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> dealers = dealerIds.isEmpty() ? Map.of() : partners.namesOf(dealerIds);
        return page.stream().map(lead -> {
            List<Object> row = new ArrayList<>();
            LeadDetails.Contact contact = lead.contact();
            LeadDetails.Company company = lead.company();
            LeadDetails.Address address = lead.address();
            row.add(lead.id());
            row.add(lead.status());
            row.add(lead.audit().createdAt());
            row.add(contact == null ? null : contact.name());
            row.add(contact == null ? null : contact.email());
            row.add(contact == null ? null : contact.phone());
            row.add(company == null ? null : company.name());
            row.add(company == null ? null : company.vatNumber());
            row.add(address == null ? null : address.country());
            row.add(address == null ? null : address.region());
            row.add(address == null ? null : address.postalCode());
            row.add(lead.productLine());
            row.add(lead.dealerId() == null ? null : dealers.getOrDefault(lead.dealerId(), lead.dealerId()));
            row.add(lead.acceptBy());
            return row;
        }).toList();
    }
}
