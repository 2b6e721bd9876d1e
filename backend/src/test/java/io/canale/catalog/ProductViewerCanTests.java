package io.canale.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.GraphQlAnswers;
import io.canale.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A product's {@code viewerCan} and what its mutations do agree, over HTTP with real tokens. */
class ProductViewerCanTests extends IntegrationTestBase {

    static final String FIELDS = "sku version viewerCan { edit editDescription }";
    static final String PRODUCT = "query($sku: String!) { product(sku: $sku) { " + FIELDS + " } }";
    static final String UPDATE = "mutation($sku: String!, $v: Int!) { updateProduct(input: {sku: $sku, expectedVersion: $v, "
            + "names: {it: \"Pastiglie rinnovate\", en: \"Renewed pads\"}, productLine: \"Freni\", unit: PIECE, active: true}) { "
            + "product { " + FIELDS + " } userErrors { field code } } }";
    static final String DESCRIBE = "mutation($sku: String!, $v: Int!) { updateProductDescription(input: {sku: $sku, expectedVersion: $v, "
            + "descriptions: {it: \"Per uso intensivo\", en: \"For heavy use\"}}) { product { " + FIELDS + " } userErrors { field code } } }";

    GraphQlAnswers graphql;

    @BeforeEach
    void answers() {
        graphql = new GraphQlAnswers(http);
    }

    @Test
    void staff_are_told_they_may_edit_and_describe_a_product_and_do() {
        JsonNode product = product(staff(), ferrisProduct());
        assertThat(product.path("viewerCan").toString()).isEqualTo("{\"edit\":true,\"editDescription\":true}");
        JsonNode edited = graphql.done(staff(), UPDATE, versionOf(product)).path("product");
        graphql.done(staff(), DESCRIBE, versionOf(edited));
    }

    @Test
    void the_products_supplier_is_told_it_may_describe_but_not_edit_and_both_hold() {
        JsonNode product = product(tokenFor("supplier@canale.demo"), ferrisProduct());
        assertThat(product.path("viewerCan").toString()).isEqualTo("{\"edit\":false,\"editDescription\":true}");
        assertThat(graphql.error(tokenFor("supplier@canale.demo"), UPDATE, versionOf(product))).isEqualTo("FORBIDDEN");
        graphql.done(tokenFor("supplier-system"), DESCRIBE, versionOf(product));
    }

    @Test
    void another_supplier_and_dealers_are_told_they_may_change_nothing_and_may_not() {
        JsonNode created = ferrisProduct();
        for (String login : new String[] {"supplier2@canale.demo", "dealer@canale.demo"}) {
            JsonNode product = product(tokenFor(login), created);
            assertThat(product.path("viewerCan").toString()).as(login).isEqualTo("{\"edit\":false,\"editDescription\":false}");
            assertThat(graphql.error(tokenFor(login), DESCRIBE, versionOf(product))).as(login).isEqualTo("FORBIDDEN");
        }
    }

    /** A new product of Ferri Componenti, created by staff. */
    private JsonNode ferrisProduct() {
        String sku = "VC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return graphql.done(staff(), "mutation($s: String!) { createProduct(input: {sku: $s, names: {it: \"Pastiglie\", en: \"Pads\"}, "
                + "productLine: \"Freni\", unit: PIECE, supplierId: \"ptn_ferri_componenti\"}) { product { " + FIELDS + " } "
                + "userErrors { field code } } }", Map.of("s", sku)).path("product");
    }

    private JsonNode product(String token, JsonNode product) {
        JsonNode seen = graphql.data(token, PRODUCT, Map.of("sku", product.path("sku").asString())).path("product");
        assertThat(seen.isObject()).as("the product is visible").isTrue();
        return seen;
    }

    private static Map<String, Object> versionOf(JsonNode product) {
        return Map.of("sku", product.path("sku").asString(), "v", product.path("version").asInt());
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
