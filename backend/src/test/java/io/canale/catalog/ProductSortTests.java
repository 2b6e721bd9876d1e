package io.canale.catalog;

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

/** The catalog sorted by name (in the reader's language) and SKU, with real tokens: the order, paging by cursor, who may list. */
class ProductSortTests extends IntegrationTestBase {

    static final String STAFF = "staff@canale.demo";
    static final String DEALER = "dealer@canale.demo";
    static final List<String> SORTS = List.of("NAME_ASC", "NAME_DESC", "SKU_ASC", "SKU_DESC");
    static final String PAGE = "query($sort: ProductSort, $filter: ProductFilter, $first: Int, $after: String) { products(first: $first, "
            + "sort: $sort, filter: $filter, after: $after) { edges { node { id: sku sku name } } pageInfo { hasNextPage endCursor } } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    ProductSortKeysBackfill backfill;

    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    String product(String sku, String italian, String english) {
        Map<String, Object> names = new HashMap<>();
        names.put("it", italian);
        if (english != null) {
            names.put("en", english);
        }
        return http.payload(tokenFor(STAFF), "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { sku } "
                + "userErrors { field code } } }", Map.of("input", Map.of("sku", "SRT-" + sku + "-" + tag, "names", names,
                        "productLine", "Ordinati " + tag, "unit", "PIECE", "supplierId", "ptn_ferri_componenti"))).at("/product/sku").asString();
    }

    void someProducts() {
        product("A", "Zanzariera", "Anchor");
        product("B", "ammortizzatore", "Zinc bolt");
        product("C", "Élica", null); // no English name: English readers see the Italian one
    }

    List<JsonNode> listed(String login, String sort, Map<String, Object> filter, int pageSize, String language) {
        Map<String, Object> variables = new HashMap<>(Map.of("sort", sort));
        if (filter != null) {
            variables.put("filter", filter);
        }
        return all(http, tokenFor(login), PAGE, "products", variables, pageSize, language);
    }

    List<String> mine(List<JsonNode> products) {
        return products.stream().map(node -> node.at("/sku").asString()).filter(sku -> sku.endsWith("-" + tag))
                .map(sku -> sku.substring(4, 5)).toList();
    }

    static Comparator<JsonNode> promised(String sort) {
        boolean ascending = sort.endsWith("_ASC");
        return sort.startsWith("NAME") ? by(node -> SortKeys.text(node.at("/name").asString()), ascending)
                : by(node -> node.at("/sku").asString(), ascending);
    }

    @Test
    void names_sort_in_the_readers_language_without_case_or_accents() {
        someProducts();
        Map<String, Object> mineOnly = Map.of("productLine", "Ordinati " + tag);
        assertThat(mine(listed(DEALER, "NAME_ASC", mineOnly, 100, "it"))).containsExactly("B", "C", "A");
        assertThat(mine(listed(DEALER, "NAME_DESC", mineOnly, 100, "it"))).containsExactly("A", "C", "B");
        assertThat(mine(listed(DEALER, "NAME_ASC", mineOnly, 100, "en"))).containsExactly("A", "C", "B");
        assertThat(mine(listed(DEALER, "SKU_DESC", mineOnly, 100, "en"))).containsExactly("C", "B", "A");
    }

    @Test
    void every_sort_orders_the_whole_catalog_and_paging_gives_every_product_once() {
        someProducts();
        for (String language : List.of("it", "en")) {
            for (String sort : SORTS) {
                List<JsonNode> whole = listed(DEALER, sort, null, 100, language);
                assertThat(whole).as(sort + " " + language).hasSizeGreaterThan(3).isSortedAccordingTo(promised(sort));
                assertThat(ids(listed(STAFF, sort, null, 3, language))).as(sort).doesNotHaveDuplicates().isEqualTo(ids(whole));
            }
        }
    }

    /** A supplier or product line filter with each sort: what IndexCoverageIT checks the indexes of. */
    @Test
    void a_supplier_or_product_line_filter_combines_with_every_sort() {
        someProducts();
        for (String language : List.of("it", "en")) {
            for (String sort : SORTS) {
                assertThat(listed("supplier@canale.demo", sort, Map.of("supplierId", "ptn_ferri_componenti"), 100, language))
                        .as(sort).hasSizeGreaterThan(3).isSortedAccordingTo(promised(sort));
                assertThat(listed(DEALER, sort, Map.of("productLine", "Ordinati " + tag), 100, language)).as(sort).hasSize(3)
                        .isSortedAccordingTo(promised(sort));
            }
        }
    }

    @Test
    void a_cursor_is_bound_to_its_sort_and_carriers_have_no_catalog_in_any_sort() {
        someProducts();
        String cursor = http.graphql(tokenFor(DEALER), PAGE, Map.of("sort", "NAME_ASC", "first", 1)).at("/data/products/pageInfo/endCursor").asString();
        http.expectError("INVALID_CURSOR", tokenFor(DEALER), PAGE, Map.of("sort", "SKU_DESC", "first", 1, "after", cursor));
        for (String sort : SORTS) {
            http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), PAGE, Map.of("sort", sort, "first", 5));
        }
    }

    @Test
    void products_stored_before_the_sort_keys_get_them_once() {
        someProducts();
        String sku = "SRT-B-" + tag;
        mongo.updateFirst(Query.query(Criteria.where("_id").is(sku)), new Update().unset("sortNameIt").unset("sortNameEn").unset("sortSku"),
                "products");
        try {
            backfill.atStart(); // done at this store's start: the marker skips it
            assertThat(mongo.findById(sku, org.bson.Document.class, "products")).as("not scanned again").doesNotContainKey("sortSku");
        } finally {
            backfill.fillMissingSortKeys();
        }
        assertThat(mine(listed(DEALER, "NAME_ASC", Map.of("productLine", "Ordinati " + tag), 1, "it"))).containsExactly("B", "C", "A");
    }
}
