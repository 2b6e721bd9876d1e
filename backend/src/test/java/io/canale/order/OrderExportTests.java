package io.canale.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The order list as CSV with each party's real token: the same rows as the grid, the end customer only for its dealer and staff. */
class OrderExportTests extends IntegrationTestBase {

    final String customer = "Export Cliente " + UUID.randomUUID().toString().substring(0, 8);

    String order() {
        return http.payload(tokenFor("dealer@canale.demo"), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { "
                + "orders { id } userErrors { field code message } } }", Map.of("input", Map.of(
                        "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)),
                        "requestedDate", "2099-02-01",
                        "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                                "city", "Milano", "country", "IT"),
                        "endCustomer", Map.of("name", customer, "email", "export@example.com", "phone", "+39 02 555 0100"))))
                .at("/orders/0/id").asString();
    }

    List<CSVRecord> export(String login, String query) throws Exception {
        HttpResponse<String> response = http.get("/exports/orders.csv" + query, tokenFor(login), "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }

    static CSVRecord row(List<CSVRecord> rows, String id) {
        return rows.stream().filter(row -> row.get("id").equals(id)).findFirst().orElse(null);
    }

    @Test
    void the_dealer_exports_its_order_with_the_end_customer_and_the_total() throws Exception {
        String id = order();
        CSVRecord row = row(export("dealer@canale.demo", ""), id);
        assertThat(row).isNotNull();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("number")).matches("\\d{4}-\\d{6}");
        assertThat(row.get("supplier")).isEqualTo("Ferri Componenti");
        assertThat(row.get("total")).isEqualTo("86.40");
        assertThat(row.get("currency")).isEqualTo("EUR");
        assertThat(row.get("endCustomerName")).isEqualTo(customer);
        assertThat(row.get("endCustomerPhone")).isEqualTo("+39 02 555 0100");
        assertThat(row(export("staff@canale.demo", "?status=SUBMITTED"), id).get("endCustomerName")).isEqualTo(customer);
        assertThat(row(export("dealer@canale.demo", "?status=CONFIRMED"), id)).as("the filter applies").isNull();
    }

    @Test
    void the_supplier_exports_the_order_without_the_end_customer_and_others_not_at_all() throws Exception {
        String id = order();
        CSVRecord row = row(export("supplier@canale.demo", ""), id);
        assertThat(row).isNotNull();
        assertThat(row.get("endCustomerName")).isEmpty();
        assertThat(row.get("endCustomerEmail")).isEmpty();
        assertThat(row.get("endCustomerPhone")).isEmpty();
        assertThat(row.toString()).doesNotContain(customer);
        assertThat(row(export("supplier2@canale.demo", ""), id)).isNull();
        assertThat(row(export("dealer2@canale.demo", ""), id)).isNull();
    }

    @Test
    void carriers_and_strangers_are_refused_and_a_bad_status_is_a_clear_400() {
        assertThat(http.get("/exports/orders.csv", tokenFor("carrier@canale.demo"), "text/csv").statusCode()).isEqualTo(403);
        assertThat(http.get("/exports/orders.csv", null, "text/csv").statusCode()).isEqualTo(401);
        HttpResponse<String> bad = http.get("/exports/orders.csv?status=NONSENSE", tokenFor("dealer@canale.demo"), "*/*");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"code\":\"INVALID\"").contains("status");
    }

    /** The grid's column sort reaches the export: the rows come in the connection's order for that sort, not by date. */
    @Test
    void the_export_follows_the_column_sort_of_the_grid() throws Exception {
        order();
        order();
        String page = "query($sort: OrderSort, $status: OrderStatus, $first: Int, $after: String) { orders(first: $first, sort: $sort, "
                + "status: $status, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        for (String login : List.of("dealer@canale.demo", "supplier@canale.demo")) {
            for (String sort : List.of("NUMBER_ASC", "TOTAL_DESC", "SUPPLIER_ASC", "STATUS_DESC")) {
                List<String> listed = io.canale.support.SortedLists.ids(io.canale.support.SortedLists.all(http, tokenFor(login), page,
                        "orders", Map.of("sort", sort, "status", "SUBMITTED"), 100));
                assertThat(export(login, "?status=SUBMITTED&sort=" + sort).stream().map(row -> row.get("id")).toList())
                        .as(login + " " + sort).hasSizeGreaterThan(1).isEqualTo(listed);
            }
        }
        assertThat(http.get("/exports/orders.csv?sort=SIDEWAYS", tokenFor("dealer@canale.demo"), "*/*").statusCode()).isEqualTo(400);
    }
}
