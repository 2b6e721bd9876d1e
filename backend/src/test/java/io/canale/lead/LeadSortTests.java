package io.canale.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The lead list sorted by its main columns, with real tokens: the order, paging by cursor, cursors bound to their sort. */
class LeadSortTests extends IntegrationTestBase {

    static final String DEALER = "dealer@canale.demo";
    static final String OTHER_DEALER = "dealer2@canale.demo";
    static final String STAFF = "staff@canale.demo";
    static final String PAGE = "query($sort: LeadSort, $first: Int, $after: String) { leads(first: $first, sort: $sort, after: $after) { "
            + "edges { node { id status audit { createdAt } contact { name } company { name } } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MongoOperations mongo;

    @Autowired
    LeadSortKeysBackfill backfill;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    String dealerLead(String login, String name, String company) {
        Map<String, Object> input = new HashMap<>(Map.of("contact", Map.of("name", name, "email", "s." + tag + "@example.com"),
                "address", Map.of("country", "IT")));
        if (company != null) {
            input.put("company", Map.of("name", company));
        }
        return http.payload(tokenFor(login), "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } "
                + "userErrors { field code } } }", Map.of("input", input)).at("/lead/id").asString();
    }

    /** Every lead the caller sees in this sort, page by page. */
    List<JsonNode> all(String login, String sort, int pageSize) {
        List<JsonNode> leads = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("sort", sort, "first", pageSize));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = http.graphql(tokenFor(login), PAGE, variables).at("/data/leads");
            page.at("/edges").forEach(edge -> leads.add(edge.at("/node")));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null && leads.size() < 20_000);
        return leads;
    }

    static List<String> ids(List<JsonNode> leads) {
        return leads.stream().map(lead -> lead.at("/id").asString()).toList();
    }

    List<String> mine(List<JsonNode> leads) {
        return leads.stream().filter(lead -> lead.at("/contact/name").asString().endsWith(tag))
                .map(lead -> lead.at("/contact/name").asString().replace(" " + tag, "")).toList();
    }

    Map<String, String> fourLeads() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("Émile", dealerLead(DEALER, "Émile " + tag, "zeta Ricambi " + tag));
        ids.put("anna", dealerLead(DEALER, "anna " + tag, "Ålfa Moto " + tag));
        ids.put("Bruno", dealerLead(DEALER, "Bruno " + tag, null));
        ids.put("carla", dealerLead(DEALER, "carla " + tag, "beta Auto " + tag));
        return ids;
    }

    @Test
    void names_and_companies_sort_without_case_or_accents_both_ways() {
        fourLeads();
        assertThat(mine(all(DEALER, "NAME_ASC", 100))).containsExactly("anna", "Bruno", "carla", "Émile");
        assertThat(mine(all(DEALER, "NAME_DESC", 100))).containsExactly("Émile", "carla", "Bruno", "anna");
        assertThat(mine(all(DEALER, "COMPANY_ASC", 100))).as("no company first, then Ålfa, beta, zeta")
                .containsExactly("Bruno", "anna", "carla", "Émile");
        assertThat(mine(all(DEALER, "COMPANY_DESC", 100))).containsExactly("Émile", "carla", "anna", "Bruno");
    }

    /** What each sort promises: its column, then (status) the newest first. */
    static Map<String, Comparator<JsonNode>> promised() {
        return Map.of(
                "NAME_ASC", by(lead -> LeadSort.key(lead.at("/contact/name").asString())),
                "NAME_DESC", by((JsonNode lead) -> LeadSort.key(lead.at("/contact/name").asString())).reversed(),
                "COMPANY_ASC", by(lead -> LeadSort.key(lead.at("/company/name").asString(null))),
                "COMPANY_DESC", by((JsonNode lead) -> LeadSort.key(lead.at("/company/name").asString(null))).reversed(),
                "STATUS_ASC", Comparator.<JsonNode, String>comparing(lead -> lead.at("/status").asString())
                        .thenComparing(Comparator.comparing((JsonNode lead) -> Instant.parse(lead.at("/audit/createdAt").asString())).reversed()),
                "STATUS_DESC", Comparator.<JsonNode, String>comparing(lead -> lead.at("/status").asString()).reversed()
                        .thenComparing(Comparator.comparing((JsonNode lead) -> Instant.parse(lead.at("/audit/createdAt").asString())).reversed()));
    }

    @Test
    void every_sort_orders_the_whole_list_by_its_column_and_the_id() {
        fourLeads();
        promised().forEach((sort, column) -> {
            List<JsonNode> leads = all(DEALER, sort, 100);
            assertThat(leads).as(sort).hasSizeGreaterThan(4).isSortedAccordingTo(column);
        });
    }

    /** Each filter with each sort, as staff and as a dealer: what IndexCoverageIT checks the indexes of. */
    @Test
    void a_status_or_dealer_filter_combines_with_every_sort() {
        fourLeads();
        String filtered = "query($sort: LeadSort, $filter: LeadFilter, $first: Int, $after: String) { leads(first: $first, sort: $sort, "
                + "filter: $filter, after: $after) { edges { node { id status dealer { id } audit { createdAt } contact { name } "
                + "company { name } } } pageInfo { hasNextPage endCursor } } }";
        List<Map<String, Object>> filters = List.of(Map.of("status", "ACCEPTED"), Map.of("dealerId", "ptn_rossi_auto"),
                Map.of("status", "ACCEPTED", "dealerId", "ptn_rossi_auto"));
        promised().forEach((sort, column) -> filters.forEach(filter -> {
            for (String login : List.of(STAFF, DEALER)) {
                List<JsonNode> leads = io.canale.support.SortedLists.all(http, tokenFor(login), filtered, "leads",
                        Map.of("sort", sort, "filter", filter), 100);
                assertThat(leads).as(login + " " + sort + " " + filter).isSortedAccordingTo(column)
                        .allMatch(lead -> !filter.containsKey("status") || lead.at("/status").asString().equals(filter.get("status")));
            }
        }));
    }

    @Test
    void small_pages_follow_the_cursor_through_each_sort_without_skips_or_repeats() {
        fourLeads();
        for (String sort : List.of("NAME_ASC", "NAME_DESC", "COMPANY_ASC", "COMPANY_DESC", "STATUS_ASC", "STATUS_DESC")) {
            List<String> inPagesOfThree = ids(all(DEALER, sort, 3));
            assertThat(inPagesOfThree).as(sort).doesNotHaveDuplicates().isEqualTo(ids(all(DEALER, sort, 100)));
        }
    }

    @Test
    void staff_sort_every_lead_and_the_second_page_follows_the_first() {
        fourLeads();
        for (String sort : List.of("NAME_ASC", "NAME_DESC", "COMPANY_ASC", "COMPANY_DESC", "STATUS_ASC", "STATUS_DESC")) {
            JsonNode first = http.graphql(tokenFor(STAFF), PAGE, Map.of("sort", sort, "first", 2)).at("/data/leads");
            JsonNode second = http.graphql(tokenFor(STAFF), PAGE, Map.of("sort", sort, "first", 2,
                    "after", first.at("/pageInfo/endCursor").asString())).at("/data/leads");
            JsonNode four = http.graphql(tokenFor(STAFF), PAGE, Map.of("sort", sort, "first", 4)).at("/data/leads");
            List<String> paged = new ArrayList<>();
            first.at("/edges").forEach(edge -> paged.add(edge.at("/node/id").asString()));
            second.at("/edges").forEach(edge -> paged.add(edge.at("/node/id").asString()));
            List<String> together = new ArrayList<>();
            four.at("/edges").forEach(edge -> together.add(edge.at("/node/id").asString()));
            assertThat(paged).as(sort).hasSize(4).isEqualTo(together);
        }
    }

    @Test
    void a_cursor_of_one_sort_is_refused_in_another_sort_and_in_the_date_orders() {
        fourLeads();
        String cursor = http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", "NAME_ASC", "first", 2)).at("/data/leads/pageInfo/endCursor").asString();
        for (String other : List.of("NAME_DESC", "COMPANY_ASC", "STATUS_ASC")) {
            JsonNode refused = http.expectError("INVALID_CURSOR", tokenFor(DEALER), PAGE, Map.of("sort", other, "first", 2, "after", cursor));
            assertThat(refused.at("/0/extensions/field").toString()).isEqualTo("[\"after\"]");
        }
        String dated = "query($order: DateOrder, $after: String) { leads(first: 2, order: $order, after: $after) { edges { node { id } } } }";
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), dated, Map.of("after", cursor));
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), dated, Map.of("order", "OLDEST_FIRST", "after", cursor));
        assertThat(http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", "NAME_ASC", "first", 2, "after", cursor))
                .at("/data/leads/edges").size()).as("the same sort").isEqualTo(2);
    }

    @Test
    void a_sort_replaces_the_date_order_and_the_date_orders_still_work_without_one() {
        fourLeads();
        String both = "query($order: DateOrder) { leads(first: 100, order: $order, sort: NAME_ASC) { edges { node { id } } } }";
        List<String> oldestGiven = new ArrayList<>();
        http.graphql(tokenFor(DEALER), both, Map.of("order", "OLDEST_FIRST")).at("/data/leads/edges")
                .forEach(edge -> oldestGiven.add(edge.at("/node/id").asString()));
        assertThat(oldestGiven).isEqualTo(ids(all(DEALER, "NAME_ASC", 100)).subList(0, oldestGiven.size()));
        String dated = "{ leads(first: 5, order: OLDEST_FIRST) { edges { node { id } } } }";
        assertThat(http.graphql(tokenFor(DEALER), dated).at("/data/leads/edges").size()).isEqualTo(5);
    }

    @Test
    void another_dealer_never_sees_the_leads_in_any_sort() {
        Map<String, String> ids = fourLeads();
        for (String sort : List.of("NAME_ASC", "NAME_DESC", "COMPANY_ASC", "COMPANY_DESC", "STATUS_ASC", "STATUS_DESC")) {
            List<String> seen = ids(all(OTHER_DEALER, sort, 100));
            assertThat(seen).as(sort).doesNotContainAnyElementsOf(ids.values());
            assertThat(ids(all(DEALER, sort, 100))).as(sort).containsAll(ids.values());
        }
    }

    @Test
    void a_lead_stored_before_the_sort_keys_gets_them_at_start_and_pages_by_name_like_the_others() {
        Map<String, String> ids = fourLeads();
        Query bruno = Query.query(Criteria.where("_id").is(ids.get("Bruno")));
        mongo.updateFirst(bruno, new Update().unset("sortName").unset("sortCompany"), "leads");
        long version = mongo.findOne(bruno, Lead.class).version();
        backfill.fillMissingSortKeys();
        backfill.fillMissingSortKeys();
        assertThat(mine(all(DEALER, "NAME_ASC", 1))).containsExactly("anna", "Bruno", "carla", "Émile");
        assertThat(mine(all(DEALER, "COMPANY_ASC", 100))).startsWith("Bruno");
        assertThat(mongo.findOne(bruno, Lead.class).version()).as("no new version").isEqualTo(version);
    }

    static Comparator<JsonNode> by(Function<JsonNode, String> column) {
        return Comparator.comparing(column);
    }
}
