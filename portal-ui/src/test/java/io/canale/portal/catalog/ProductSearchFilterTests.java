package io.canale.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalog filter's search as sent to the API. */
class ProductSearchFilterTests {

    @Test
    void the_filter_sends_the_search_only_when_something_was_typed() {
        assertThat(CatalogApi.Filter.orderable("  ").search()).isNull();
        assertThat(new CatalogApi.Filter(null, " fréno ", null).search()).isEqualTo("fréno");
    }
}
