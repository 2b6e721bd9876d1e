package io.canale.opportunity;

import static io.canale.support.SortedLists.all;
import static io.canale.support.SortedLists.by;
import static io.canale.support.SortedLists.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.SortKeys;
import io.canale.support.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The opportunity list sorted by its main columns, with real tokens: the order, paging by cursor, another dealer's never. */
class OpportunitySortTests extends IntegrationTestBase {

    static final String DEALER = "dealer@canale.demo";
    static final String OTHER_DEALER = "dealer2@canale.demo";
    static final String STAFF = "staff@canale.demo";
    static final List<String> SORTS = List.of("NAME_ASC", "NAME_DESC", "AMOUNT_ASC", "AMOUNT_DESC", "STAGE_ASC", "STAGE_DESC",
            "CLOSE_DATE_ASC", "CLOSE_DATE_DESC");
    static final String PAGE = "query($sort: OpportunitySort, $stage: String, $dealerId: ID, $first: Int, $after: String) { "
            + "opportunities(first: $first, sort: $sort, stage: $stage, dealerId: $dealerId, after: $after) { edges { node { id name "
            + "stage amount { amount } expectedCloseDate dealer { id } audit { createdAt } } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    OpportunitySortKeysBackfill backfill;

    final String tag = UUID.randomUUID().toString().substring(0, 6);

    /** An opportunity of the dealer-system's dealer (Rossi Auto), from a lead it owns. */
    String opportunity(String name, String amount, String closeDate) {
        JsonNode lead = http.payload(tokenFor("dealer-system"), "mutation($input: CreateLeadInput!) { createLead(input: $input) { "
                + "lead { id version } userErrors { field code } } }", Map.of("input", Map.of("contact", Map.of("name", "Cliente " + tag,
                        "email", "s-" + UUID.randomUUID() + "@example.com"), "address", Map.of("country", "IT")))).path("lead");
        Map<String, Object> input = new HashMap<>(Map.of("leadId", lead.path("id").asString(), "expectedVersion",
                lead.path("version").asInt(), "name", name + " " + tag));
        if (amount != null) {
            input.put("amount", Map.of("amount", amount, "currency", "EUR"));
        }
        if (closeDate != null) {
            input.put("expectedCloseDate", closeDate);
        }
        return http.payload(tokenFor(DEALER), "mutation($input: ConvertLeadInput!) { convertLead(input: $input) { opportunity { id } "
                + "userErrors { field code message } } }", Map.of("input", input)).at("/opportunity/id").asString();
    }

    List<String> someOpportunities() {
        List<String> ids = new ArrayList<>();
        ids.add(opportunity("Émilie", "900.50", "2099-05-01"));
        ids.add(opportunity("anna", null, null));
        ids.add(opportunity("Bruno", "18000", "2098-01-31"));
        return ids;
    }

    List<JsonNode> listed(String login, String sort, int pageSize) {
        return all(http, tokenFor(login), PAGE, "opportunities", Map.of("sort", sort), pageSize);
    }

    List<String> mine(List<JsonNode> opportunities) {
        return opportunities.stream().map(node -> node.at("/name").asString()).filter(name -> name.endsWith(" " + tag))
                .map(name -> name.substring(0, name.length() - tag.length() - 1)).toList();
    }

    static Comparator<JsonNode> promised(String sort) {
        boolean ascending = sort.endsWith("_ASC");
        return switch (sort.substring(0, sort.lastIndexOf('_'))) {
            case "NAME" -> by(node -> SortKeys.text(node.at("/name").asString()), ascending);
            case "AMOUNT" -> by(node -> node.at("/amount/amount").isMissingNode() || node.at("/amount").isNull() ? BigDecimal.ONE.negate()
                    : new BigDecimal(node.at("/amount/amount").asString()), ascending);
            case "CLOSE_DATE" -> by(node -> node.at("/expectedCloseDate").asString(""), ascending);
            case "STAGE" -> {
                Comparator<JsonNode> stage = Comparator.comparing(node -> node.at("/stage").asString());
                yield (ascending ? stage : stage.reversed())
                        .thenComparing(Comparator.<JsonNode, java.time.Instant>comparing(
                                node -> java.time.Instant.parse(node.at("/audit/createdAt").asString())).reversed())
                        .thenComparing(node -> node.at("/id").asString());
            }
            default -> throw new IllegalArgumentException(sort);
        };
    }

    @Test
    void names_amounts_and_close_dates_sort_both_ways_with_none_first_from_the_lowest() {
        someOpportunities();
        assertThat(mine(listed(DEALER, "NAME_ASC", 100))).containsExactly("anna", "Bruno", "Émilie");
        assertThat(mine(listed(DEALER, "NAME_DESC", 100))).containsExactly("Émilie", "Bruno", "anna");
        assertThat(mine(listed(DEALER, "AMOUNT_ASC", 100))).containsExactly("anna", "Émilie", "Bruno");
        assertThat(mine(listed(DEALER, "AMOUNT_DESC", 100))).containsExactly("Bruno", "Émilie", "anna");
        assertThat(mine(listed(DEALER, "CLOSE_DATE_ASC", 100))).containsExactly("anna", "Bruno", "Émilie");
        assertThat(mine(listed(DEALER, "CLOSE_DATE_DESC", 100))).containsExactly("Émilie", "Bruno", "anna");
    }

    @Test
    void every_sort_orders_the_whole_list_by_its_column_and_breaks_ties_by_id() {
        someOpportunities();
        for (String sort : SORTS) {
            assertThat(listed(DEALER, sort, 100)).as(sort).hasSizeGreaterThan(2).isSortedAccordingTo(promised(sort));
            assertThat(listed(STAFF, sort, 100)).as(sort).hasSizeGreaterThan(2).isSortedAccordingTo(promised(sort));
        }
    }

    @Test
    void paging_through_the_cursor_gives_every_opportunity_once_in_each_sort() {
        someOpportunities();
        for (String sort : SORTS) {
            assertThat(ids(listed(DEALER, sort, 2))).as(sort).doesNotHaveDuplicates().isEqualTo(ids(listed(DEALER, sort, 100)));
            assertThat(ids(listed(STAFF, sort, 3))).as(sort).doesNotHaveDuplicates().isEqualTo(ids(listed(STAFF, sort, 100)));
        }
    }

    @Test
    void another_dealers_opportunities_never_appear_in_any_sort() {
        List<String> rossi = someOpportunities();
        for (String sort : SORTS) {
            assertThat(ids(listed(OTHER_DEALER, sort, 100))).as(sort).doesNotContainAnyElementsOf(rossi);
            String cursor = http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", sort, "first", 1))
                    .at("/data/opportunities/pageInfo/endCursor").asString();
            assertThat(http.graphql(tokenFor(OTHER_DEALER), PAGE, Map.of("sort", sort, "first", 100, "after", cursor))
                    .at("/data/opportunities/edges").findValuesAsString("id")).as(sort).doesNotContainAnyElementsOf(rossi);
        }
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), PAGE, Map.of("sort", "NAME_DESC", "first", 1, "after",
                http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", "NAME_ASC", "first", 1)).at("/data/opportunities/pageInfo/endCursor").asString()));
    }

    /** Each filter with each sort, as staff and as a dealer: what IndexCoverageIT checks the indexes of. */
    @Test
    void a_stage_or_dealer_filter_combines_with_every_sort() {
        someOpportunities();
        List<Map<String, Object>> filters = List.of(Map.of("stage", "qualification"), Map.of("dealerId", "ptn_rossi_auto"),
                Map.of("stage", "qualification", "dealerId", "ptn_rossi_auto"));
        for (String sort : SORTS) {
            for (Map<String, Object> filter : filters) {
                Map<String, Object> variables = new HashMap<>(filter);
                variables.put("sort", sort);
                for (String login : List.of(STAFF, DEALER)) {
                    assertThat(all(http, tokenFor(login), PAGE, "opportunities", variables, 100)).as(login + " " + sort + " " + filter)
                            .isNotEmpty().isSortedAccordingTo(promised(sort))
                            .allMatch(node -> !filter.containsKey("stage") || node.at("/stage").asString().equals("qualification"))
                            .allMatch(node -> !filter.containsKey("dealerId") || node.at("/dealer/id").asString().equals("ptn_rossi_auto"));
                }
            }
        }
    }

    @Test
    void opportunities_stored_before_the_sort_keys_get_them_once() {
        String id = someOpportunities().getFirst();
        Query stored = Query.query(Criteria.where("_id").is(id));
        mongo.updateFirst(stored, new Update().unset("sortName").unset("sortAmount").unset("sortCloseDate"), "opportunities");
        try {
            backfill.atStart(); // done at this store's start: the marker skips it
            assertThat(mongo.findById(id, org.bson.Document.class, "opportunities")).as("not scanned again").doesNotContainKey("sortName");
        } finally {
            backfill.fillMissingSortKeys();
        }
        assertThat(mine(listed(DEALER, "AMOUNT_DESC", 1))).containsExactly("Bruno", "Émilie", "anna");
        assertThat(mine(listed(DEALER, "NAME_ASC", 100))).containsExactly("anna", "Bruno", "Émilie");
    }
}
