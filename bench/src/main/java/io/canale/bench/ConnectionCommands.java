package io.canale.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * MongoDB commands per request of the connections the main run does not time, at page sizes 1 and 100: nested
 * references are batch-loaded, so the count must not grow with the page. The commands are those of the request's
 * own threads (not the schedulers'), as "command collection". Deal registrations and order drafts, which the demo
 * data lacks, are first added through the API by the demo dealer's system.
 */
final class ConnectionCommands {

    /** Each connection's field and the node fields asked for: its own and its nested references. */
    private static final Map<String, String> NODES = new LinkedHashMap<>();

    static {
        NODES.put("products", "sku name productLine supplier { id name } price { amount currency } audit { createdAt }");
        NODES.put("priceLists", "id name tier currency validFrom entryCount audit { createdAt }");
        NODES.put("dealRegistrations", "id status dealer { id name } customerName expectedValue { amount currency } audit { createdAt }");
        NODES.put("opportunities", "id name stage dealer { id name } amount { amount currency } items { sku quantity } audit { createdAt }");
        NODES.put("leadImports", "id fileName status rowsRead rowsImported rowsFailed audit { createdAt }");
        NODES.put("orderDrafts", "id status dealer { id name } lines { sku quantity } audit { createdAt }");
        NODES.put("recoveryClaims", "id status against { id name } amount { amount currency } serviceCase { id status } createdAt");
        NODES.put("shipments", "id orderId carrier { id name } pickUp { name city } packages status direction events { type occurredAt }");
    }

    private static final String REGISTER = "mutation($input: RegisterDealInput!) { registerDeal(input: $input) { userErrors { code } } }";
    private static final String SAVE_DRAFT = "mutation($input: SaveOrderDraftInput!) { saveOrderDraft(input: $input) { userErrors { code } } }";
    /** Rows the demo data lacks, added through the API so that a page of 100 holds more than one. */
    private static final int SEEDED = 110;

    private final CanaleBench bench;
    private final String dealerToken;

    ConnectionCommands(CanaleBench bench, String dealerToken) {
        this.bench = bench;
        this.dealerToken = dealerToken;
    }

    void run() throws Exception {
        for (int i = 0; i < SEEDED; i++) {
            bench.graphql(dealerToken, REGISTER, Map.of("input", Map.of("customerName", "Bench customer " + i,
                    "productLine", "Auto", "expectedValue", Map.of("amount", "1000.00", "currency", "EUR"),
                    "expectedCloseDate", "2099-06-30")));
            bench.graphql(dealerToken, SAVE_DRAFT, Map.of("input", Map.of("lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1 + i)))));
        }
        System.out.println();
        System.out.println("MongoDB commands per request by page size (the rows a page held in brackets)");
        System.out.printf(Locale.ROOT, "%-20s %16s %16s%n", "connection", "first: 1", "first: 100");
        for (var connection : NODES.entrySet()) {
            String query = "query($first: Int!) { " + connection.getKey() + "(first: $first) { edges { cursor node { "
                    + connection.getValue() + " } } pageInfo { hasNextPage endCursor } } }";
            measure(connection.getKey(), query, "/data/" + connection.getKey() + "/edges");
        }
    }

    private void measure(String name, String query, String rowsPath) throws Exception {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", name));
        StringBuilder commands = new StringBuilder();
        for (int size : new int[] {1, 100}) {
            CanaleBench.COMMAND_LOG.clear();
            JsonNode answer = bench.graphql(query, Map.of("first", size));
            List<String> sent = CanaleBench.COMMAND_LOG.stream()
                    .filter(entry -> !entry.startsWith("scheduling") && !entry.startsWith("main|"))
                    .map(entry -> entry.substring(entry.indexOf('|') + 1)).toList();
            line.append(String.format(Locale.ROOT, " %10d (%3d)", sent.size(), answer.at(rowsPath).size()));
            commands.append(" ").append(size).append(": ").append(sent);
        }
        System.out.println(line + "   " + commands);
    }
}
