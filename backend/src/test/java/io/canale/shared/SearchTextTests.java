package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchTextTests {

    static boolean finds(String typed, String stored) {
        return SearchText.of(typed, "text").words().stream()
                .allMatch(word -> Pattern.compile(SearchText.pattern(word)).matcher(stored).find());
    }

    @Test
    void words_are_folded_and_deduplicated() {
        assertThat(SearchText.of("  Fréno   FRENO perché ", "text").words()).containsExactly("freno", "perche");
        assertThat(SearchText.of(null, "text").isEmpty()).isTrue();
        assertThat(SearchText.of(" \t ", "text").isEmpty()).isTrue();
    }

    @Test
    void a_letter_matches_itself_in_either_case_with_or_without_accents() {
        assertThat(finds("freno", "Pastiglie FRÉNO")).isTrue();
        assertThat(finds("FRÉNO", "pastiglie freno")).isTrue();
        assertThat(finds("citta", "Città di Castello")).isTrue();
        assertThat(finds("ünter", "UNTERBERG")).isTrue();
        assertThat(finds("fresno", "freno")).isFalse();
    }

    @Test
    void everything_else_is_quoted_not_a_pattern() {
        assertThat(finds(".*", "anything")).isFalse();
        assertThat(finds("a.c", "abc")).isFalse();
        assertThat(finds("a.c", "A.C")).isTrue();
        assertThat(finds("\\E.*", "x\\E.*y")).isTrue();
        assertThat(finds("(", "no parenthesis")).isFalse();
        assertThat(finds("205/55", "TYR-205/55")).isTrue();
    }

    @Test
    void text_over_the_bounds_is_refused_at_its_path() {
        assertThatThrownBy(() -> SearchText.of("x".repeat(101), "text")).isInstanceOfSatisfying(InvalidInputException.class,
                ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.TOO_LONG));
        assertThatThrownBy(() -> SearchText.of("a b c d e f g h i", "text")).isInstanceOfSatisfying(InvalidInputException.class,
                ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.TOO_MANY));
        assertThat(SearchText.of("a b c d e f g h", "text").words()).hasSize(8);
    }
}
