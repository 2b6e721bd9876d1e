package io.canale.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
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

/** Product search over HTTP: words of the name and description in the reader's language, and the SKU anywhere. */
class ProductSearchTests extends IntegrationTestBase {

    static final String SEARCH = "query($f: ProductFilter) { products(first: 100, filter: $f) { edges { node { sku } } } }";
    static final String DEALER = "dealer@canale.demo";

    @Autowired
    MongoOperations mongo;

    @Autowired
    ProductSearchBackfill backfill;

    /** The SKUs the dealer finds for the words, reading in the language; fails on any GraphQL error. */
    List<String> found(String language, String words) {
        return found(language, Map.of("search", words));
    }

    List<String> found(String language, Map<String, Object> filter) {
        JsonNode response = Http.json(http.graphqlRaw(tokenFor(DEALER), SEARCH, Map.of("f", filter), "application/json", language));
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.at("/data/products/edges").findValuesAsString("sku");
    }

    @Test
    void words_of_the_name_match_in_the_readers_language_ignoring_case() {
        assertThat(found("en", "brake")).contains("FRN-PAD-001", "FRN-DSC-002").doesNotContain("FLT-OIL-010", "BAT-12V-070");
        assertThat(found("en", "BRAKE")).contains("FRN-PAD-001", "FRN-DSC-002");
        assertThat(found("it", "pastiglie")).contains("FRN-PAD-001").doesNotContain("FRN-DSC-002");
        assertThat(found("it", "Freno")).contains("FRN-PAD-001", "FRN-DSC-002").doesNotContain("FLT-OIL-010");
    }

    @Test
    void an_italian_word_does_not_match_for_an_english_reader_unless_it_is_in_the_sku() {
        assertThat(found("en", "pastiglie")).doesNotContain("FRN-PAD-001");
        assertThat(found("en", "freno")).doesNotContain("FRN-PAD-001", "FRN-DSC-002");
        assertThat(found("it", "brake")).doesNotContain("FRN-PAD-001", "FRN-DSC-002");
        assertThat(found("it", "PAD")).contains("FRN-PAD-001");
        assertThat(found("en", "pad")).contains("FRN-PAD-001");
    }

    @Test
    void accents_are_ignored_in_the_query_and_in_the_stored_texts() {
        assertThat(found("it", "fréno")).isEqualTo(found("it", "freno")).contains("FRN-PAD-001", "FRN-DSC-002");
        String sku = "SRC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        http.payload(tokenFor("staff@canale.demo"), "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { sku } userErrors { field code } } }",
                Map.of("input", Map.of("sku", sku, "names", Map.of("it", "Guarnizione di qualità", "en", "Quality gasket"),
                        "descriptions", Map.of("it", "Resistente al calore, già testata"), "productLine", "Ricambi", "unit", "PIECE",
                        "supplierId", "ptn_ferri_componenti")));
        assertThat(found("it", "QUALITA")).containsExactly(sku);
        assertThat(found("it", "gia calore")).containsExactly(sku);
        // The English reader sees the Italian description (there is no English one), so finds its words too.
        assertThat(found("en", "quality calore")).containsExactly(sku);
    }

    @Test
    void a_fragment_from_the_middle_of_the_sku_matches() {
        assertThat(found("en", "dsc-0")).containsExactly("FRN-DSC-002");
        assertThat(found("it", "12v-07")).containsExactly("BAT-12V-070");
        assertThat(found("en", "205/55")).containsExactly("TYR-205-55").as("the name's words too");
    }

    @Test
    void every_word_must_match() {
        assertThat(found("en", "brake disc")).containsExactly("FRN-DSC-002");
        assertThat(found("en", "disc   BRAKE")).containsExactly("FRN-DSC-002");
        assertThat(found("en", "brake oil")).isEmpty();
        assertThat(found("en", "  ")).contains("FRN-PAD-001", "FLT-OIL-010").as("blank searches nothing");
    }

    @Test
    void the_search_combines_with_the_other_conditions() {
        assertThat(found("en", Map.of("search", "brake", "skuPrefix", "FRN-D"))).containsExactly("FRN-DSC-002");
        assertThat(found("en", Map.of("search", "brake", "skus", List.of("FRN-PAD-001", "FLT-OIL-010")))).containsExactly("FRN-PAD-001");
    }

    @Test
    void regular_expression_characters_are_taken_literally() {
        for (String hostile : List.of(".*", "(", "[a-z", "\\E.*", "a{9999999}", "^FRN", "$", "\\", "|")) {
            assertThat(found("en", hostile)).as(hostile).isEmpty();
        }
    }

    @Test
    void too_long_a_search_is_refused_and_a_carrier_finds_nothing() {
        http.expectError("BAD_USER_INPUT", tokenFor(DEALER), SEARCH, Map.of("f", Map.of("search", "x".repeat(101))));
        http.expectError("BAD_USER_INPUT", tokenFor(DEALER), SEARCH, Map.of("f", Map.of("search", "a b c d e f g h i")));
        http.expectError("FORBIDDEN", tokenFor("carrier@canale.demo"), SEARCH, Map.of("f", Map.of("search", "brake")));
    }

    @Test
    void products_stored_before_search_are_given_their_search_text_at_start() {
        Query pad = Query.query(Criteria.where("_id").is("FRN-PAD-001"));
        long version = mongo.findOne(pad, Product.class).version();
        mongo.updateFirst(pad, new Update().unset("searchText"), "products");
        assertThat(found("en", "front brake")).doesNotContain("FRN-PAD-001");
        backfill.fillMissingSearchTexts();
        backfill.fillMissingSearchTexts();
        assertThat(found("en", "front brake")).containsExactly("FRN-PAD-001");
        assertThat(mongo.findOne(pad, Product.class).version()).as("no new version").isEqualTo(version);
    }
}
