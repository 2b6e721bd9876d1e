package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTests {

    @Test
    void line_breaks_and_control_characters_cannot_start_a_new_log_line() {
        assertThat(LogText.of("leads.csv\n2026-12-07 INFO forged\r\u2028\u202e"))
                .isEqualTo("leads.csv\\u000a2026-12-07 INFO forged\\u000d\\u2028\\u202e")
                .doesNotContain("\n", "\r");
    }

    @Test
    void ordinary_names_are_kept_and_long_ones_cut() {
        assertThat(LogText.of("contatti – maggio è.csv")).isEqualTo("contatti – maggio è.csv");
        assertThat(LogText.of("x".repeat(1000))).hasSize(LogText.MAX_LENGTH + 1).endsWith("…");
        assertThat(LogText.of(null)).isEqualTo("null");
    }
}
