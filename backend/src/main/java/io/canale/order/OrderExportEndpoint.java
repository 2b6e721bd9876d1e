package io.canale.order;

import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.DateOrder;
import io.canale.shared.Money;
import io.canale.shared.web.CsvExport;
import io.canale.shared.web.ExportBudget;
import io.canale.shared.web.FileTransferEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The order list as CSV ({@code GET /exports/orders.csv}, optional {@code status}, {@code order} and {@code sort}, as the
 * connection's arguments): the rows the caller's {@code orders} connection lists, in its order (newest first by default), with the end customer only where the policy shows it (the
 * order's dealer and staff), as on {@code Order.endCustomer}.
 */
@RestController
@FileTransferEndpoint
class OrderExportEndpoint {

    static final List<String> HEADER = List.of("id", "number", "status", "createdAt", "requestedDate", "dealer", "supplier", "lines",
            "total", "currency", "endCustomerName", "endCustomerEmail", "endCustomerPhone");

    private final Orders orders;
    private final PartnerDirectory partners;
    private final ExportBudget budget;
    private final AccessPolicy policy;

    OrderExportEndpoint(Orders orders, PartnerDirectory partners, AccessPolicy policy, ExportBudget budget) {
        this.budget = budget;
        this.orders = orders;
        this.partners = partners;
        this.policy = policy;
    }

    @GetMapping("/exports/orders.csv")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Order.Status status,
            @RequestParam(required = false) DateOrder order, @RequestParam(required = false) OrderSort sort, Caller caller) {
        return CsvExport.of(budget, caller.budgetKey(), "orders.csv", HEADER,
                page -> orders.list(caller, status, null, null, null, OrderSort.of(sort, order), page),
                page -> rows(page, caller));
    }

    private List<List<Object>> rows(List<Order> page, Caller caller) {
        Set<String> ids = new HashSet<>();
        page.forEach(order -> {
            ids.add(order.dealerId());
            ids.add(order.supplierId());
        });
        Map<String, String> names = ids.isEmpty() ? Map.of() : partners.namesOf(ids);
        return page.stream().map(order -> {
            List<Object> row = new ArrayList<>();
            Money total = order.total();
            OrderParties.EndCustomer customer = policy.seesEndCustomerOf(caller, order.dealerId()) ? order.endCustomer() : null;
            row.add(order.id());
            row.add(order.number());
            row.add(order.status());
            row.add(order.audit().createdAt());
            row.add(order.requestedDate());
            row.add(names.getOrDefault(order.dealerId(), order.dealerId()));
            row.add(names.getOrDefault(order.supplierId(), order.supplierId()));
            row.add(order.lines().size());
            row.add(total == null ? null : total.amount().toPlainString());
            row.add(total == null ? null : total.currency());
            row.add(customer == null ? null : customer.name());
            row.add(customer == null ? null : customer.email());
            row.add(customer == null ? null : customer.phone());
            return row;
        }).toList();
    }
}
