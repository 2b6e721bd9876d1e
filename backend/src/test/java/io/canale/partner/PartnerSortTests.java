package io.canale.partner;

import static io.canale.support.SortedLists.all;
import static io.canale.support.SortedLists.by;
import static io.canale.support.SortedLists.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.SortKeys;
import io.canale.support.IntegrationTestBase;
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

/** The partner directory sorted by its main columns, with real tokens: the order, paging by cursor, no other partner for a dealer. */
class PartnerSortTests extends IntegrationTestBase {

    static final String STAFF = "staff@canale.demo";
    static final String DEALER = "dealer@canale.demo";
    static final List<String> SORTS = List.of("NAME_ASC", "NAME_DESC", "TYPE_ASC", "TYPE_DESC", "TIER_ASC", "TIER_DESC");
    static final List<String> TIERS = List.of("STANDARD", "SILVER", "GOLD", "PLATINUM");
    static final String PAGE = "query($sort: PartnerSort, $filter: PartnerFilter, $first: Int, $after: String) { partners(first: $first, "
            + "sort: $sort, filter: $filter, after: $after) { edges { node { id name type tier } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    PartnerSortKeysBackfill backfill;

    final String tag = UUID.randomUUID().toString().substring(0, 6);

    String partner(String name, String type, String tier) {
        Map<String, Object> input = new HashMap<>(Map.of("type", type, "name", name + " " + tag, "territory",
                Map.of("countries", List.of("IT"), "regions", List.of("Lazio")), "contacts", List.of()));
        if (tier != null) {
            input.put("tier", tier);
        }
        return http.payload(tokenFor(STAFF), "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } "
                + "userErrors { field code message } } }", Map.of("input", input)).at("/partner/id").asString();
    }

    List<JsonNode> listed(String login, String sort, Map<String, Object> filter, int pageSize) {
        Map<String, Object> variables = new HashMap<>(Map.of("sort", sort));
        if (filter != null) {
            variables.put("filter", filter);
        }
        return all(http, tokenFor(login), PAGE, "partners", variables, pageSize);
    }

    List<String> mine(List<JsonNode> partners) {
        return partners.stream().map(node -> node.at("/name").asString()).filter(name -> name.endsWith(" " + tag))
                .map(name -> name.substring(0, name.length() - tag.length() - 1)).toList();
    }

    static int rank(JsonNode partner) {
        return partner.at("/tier").isNull() || partner.at("/tier").isMissingNode() ? -1 : TIERS.indexOf(partner.at("/tier").asString());
    }

    static Comparator<JsonNode> promised(String sort) {
        boolean ascending = sort.endsWith("_ASC");
        Comparator<JsonNode> byName = by(node -> SortKeys.text(node.at("/name").asString()), true);
        return switch (sort.substring(0, sort.lastIndexOf('_'))) {
            case "NAME" -> by(node -> SortKeys.text(node.at("/name").asString()), ascending);
            case "TYPE" -> {
                Comparator<JsonNode> type = Comparator.comparing(node -> node.at("/type").asString());
                yield (ascending ? type : type.reversed()).thenComparing(byName);
            }
            case "TIER" -> {
                Comparator<JsonNode> tier = Comparator.comparingInt(PartnerSortTests::rank);
                yield (ascending ? tier : tier.reversed()).thenComparing(byName);
            }
            default -> throw new IllegalArgumentException(sort);
        };
    }

    void somePartners() {
        partner("Émile Ricambi", "SUPPLIER", "STANDARD");
        partner("anna Auto", "DEALER", "PLATINUM");
        partner("Bruno Trasporti", "CARRIER", "SILVER");
    }

    @Test
    void names_types_and_tiers_sort_both_ways() {
        somePartners();
        assertThat(mine(listed(STAFF, "NAME_ASC", null, 100))).containsExactly("anna Auto", "Bruno Trasporti", "Émile Ricambi");
        assertThat(mine(listed(STAFF, "NAME_DESC", null, 100))).containsExactly("Émile Ricambi", "Bruno Trasporti", "anna Auto");
        assertThat(mine(listed(STAFF, "TYPE_ASC", null, 100))).containsExactly("Bruno Trasporti", "anna Auto", "Émile Ricambi");
        assertThat(mine(listed(STAFF, "TIER_DESC", null, 100))).containsExactly("anna Auto", "Bruno Trasporti", "Émile Ricambi");
        assertThat(mine(listed(STAFF, "TIER_ASC", null, 100))).containsExactly("Émile Ricambi", "Bruno Trasporti", "anna Auto");
    }

    @Test
    void every_sort_orders_the_whole_directory_and_paging_gives_every_partner_once() {
        somePartners();
        for (String sort : SORTS) {
            List<JsonNode> whole = listed(STAFF, sort, null, 100);
            assertThat(whole).as(sort).hasSizeGreaterThan(6).isSortedAccordingTo(promised(sort));
            assertThat(ids(listed(STAFF, sort, null, 4))).as(sort).doesNotHaveDuplicates().isEqualTo(ids(whole));
        }
    }

    @Test
    void a_dealer_sees_only_itself_and_the_manufacturer_in_every_sort() {
        somePartners();
        for (String sort : SORTS) {
            List<JsonNode> seen = listed(DEALER, sort, null, 1);
            assertThat(seen).as(sort).isNotEmpty().allMatch(node -> node.at("/id").asString().equals("ptn_rossi_auto")
                    || node.at("/type").asString().equals("MANUFACTURER"));
            assertThat(mine(seen)).as(sort).isEmpty();
        }
    }

    /** The type filter with each sort, as staff and as a dealer: what IndexCoverageIT checks the indexes of. */
    @Test
    void a_type_filter_combines_with_every_sort() {
        somePartners();
        for (String sort : SORTS) {
            assertThat(listed(STAFF, sort, Map.of("type", "DEALER"), 100)).as(sort).hasSizeGreaterThan(2)
                    .isSortedAccordingTo(promised(sort)).allMatch(node -> node.at("/type").asString().equals("DEALER"));
            assertThat(listed(DEALER, sort, Map.of("type", "DEALER"), 100)).as(sort).extracting(node -> node.at("/id").asString())
                    .containsExactly("ptn_rossi_auto");
        }
    }

    @Test
    void partners_stored_before_the_sort_keys_get_them_once() {
        String id = partner("Zorro Moto", "DEALER", "GOLD");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("sortName").unset("sortTier"), "partners");
        try {
            backfill.atStart(); // done at this store's start: the marker skips it
            assertThat(mongo.findById(id, org.bson.Document.class, "partners")).as("not scanned again").doesNotContainKey("sortName");
        } finally {
            backfill.fillMissingSortKeys();
        }
        assertThat(listed(STAFF, "TIER_DESC", null, 100)).isSortedAccordingTo(promised("TIER_DESC"));
        assertThat(mine(listed(STAFF, "NAME_DESC", null, 100))).containsExactly("Zorro Moto");
    }

    /** A renamed partner sorts under its new name (its orders too: OrderSortTests). */
    @Test
    void a_renamed_partner_sorts_under_its_new_name() {
        String id = partner("Zeno Ricambi", "SUPPLIER", "SILVER");
        http.payload(tokenFor(STAFF), "mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("id", id, "expectedVersion", 0, "name", "Abaco Ricambi " + tag,
                        "tier", "SILVER", "territory", Map.of("countries", List.of("IT"), "regions", List.of("Lazio")), "contacts", List.of())));
        assertThat(mine(listed(STAFF, "NAME_ASC", Map.of("type", "SUPPLIER"), 100))).containsExactly("Abaco Ricambi");
        assertThat(mine(listed(STAFF, "TIER_ASC", Map.of("type", "SUPPLIER"), 100))).containsExactly("Abaco Ricambi");
    }
}
