package io.canale.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The folding behind product search, without a server. */
class ProductSearchTextTests {

    @Test
    void folding_drops_accents_and_case_and_joins_white_space() {
        assertThat(ProductSearch.fold("  Qualità\tGIÀ  Fréno ")).isEqualTo("qualita gia freno");
        assertThat(ProductSearch.fold(null)).isEmpty();
    }

    @Test
    void each_language_has_the_sku_and_the_texts_its_reader_sees() {
        LocalizedText text = ProductSearch.textOf("FRN-PAD-001", new LocalizedText("Pastiglie fréno", "Brake pads"),
                new LocalizedText(null, "For vans"));
        assertThat(text.it()).isEqualTo("frn-pad-001 pastiglie freno for vans");
        assertThat(text.en()).isEqualTo("frn-pad-001 brake pads for vans");
    }

    @Test
    void the_query_is_split_into_distinct_folded_words_and_bounded() {
        assertThat(ProductSearch.words(" Brake  BRAKE pàd ")).containsExactly("brake", "pad");
        assertThat(ProductSearch.words(null)).isEmpty();
        assertThat(ProductSearch.fieldFor(Locale.ITALY)).isEqualTo("searchText.it");
        assertThat(ProductSearch.fieldFor(Locale.GERMAN)).isEqualTo("searchText.en");
        assertThatThrownBy(() -> ProductSearch.words("x".repeat(101))).isInstanceOf(InvalidInputException.class);
    }
}
