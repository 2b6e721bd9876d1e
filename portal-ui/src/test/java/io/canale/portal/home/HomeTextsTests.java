package io.canale.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Area;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The home's words and numbers in the reader's language, its menu counts per area, and its small charts. */
class HomeTextsTests {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** The portal's texts as its provider reads them: a missing key reads "!key", parameters through MessageFormat. */
    static String text(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(key)) {
            return "!" + key;
        }
        return params.length == 0 ? bundle.getString(key) : new java.text.MessageFormat(bundle.getString(key), locale).format(params);
    }

    @Test
    void figures_read_in_the_readers_language_and_unit() {
        KpiTexts english = new KpiTexts(Locale.ENGLISH, key -> text(key, Locale.ENGLISH));
        KpiTexts italian = new KpiTexts(Locale.ITALIAN, key -> text(key, Locale.ITALIAN));
        Kpi revenue = new Kpi(KpiKind.CHANNEL_REVENUE, Kpi.Unit.MONEY, "12345.60", "EUR", List.of(new Kpi.Point("2026-12", "12345.60")));
        assertThat(english.value(revenue)).isEqualTo("€12,346");
        assertThat(italian.value(revenue)).isEqualTo("12.346\u00a0€");
        assertThat(italian.title(revenue)).isEqualTo("Fatturato del canale questo mese (EUR)");
        assertThat(italian.label(revenue, "2026-12")).isEqualTo("dic");

        Kpi rate = new Kpi(KpiKind.WIN_RATE, Kpi.Unit.PERCENT, "62.5", null, List.of());
        assertThat(italian.value(rate)).isEqualTo("62,5 %");
        assertThat(italian.label(rate, "WON")).isEqualTo("Vinte");
        assertThat(english.value(new Kpi(KpiKind.FILL_RATE, Kpi.Unit.PERCENT, null, null, List.of())))
                .as("nothing to measure yet").isEqualTo("–");
        assertThat(english.label(new Kpi(KpiKind.PIPELINE_VALUE, Kpi.Unit.MONEY, "0", null, List.of()), "proposal")).isEqualTo("Proposal");
        assertThat(english.label(new Kpi(KpiKind.PIPELINE_VALUE, Kpi.Unit.MONEY, "0", null, List.of()), "custom-stage"))
                .as("a stage without a text shows its key").isEqualTo("custom-stage");
    }

    @Test
    void a_lead_says_how_long_it_has_left_and_an_order_the_day_it_is_requested_for() {
        DueTexts italian = new DueTexts((key, value) -> text(key, Locale.ITALIAN, value),
                day -> day.toString());
        assertThat(italian.of(TodoKind.LEADS_TO_ANSWER, NOW.plusSeconds(3 * 86_400), NOW)).isEqualTo("ancora 3 giorni");
        assertThat(italian.of(TodoKind.LEADS_TO_ANSWER, NOW.minusSeconds(60), NOW)).isEqualTo("scaduto");
        assertThat(italian.of(TodoKind.ORDERS_TO_ANSWER, LocalDate.parse("2027-01-15").atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), NOW))
                .isEqualTo("richiesto per il 2027-01-15");
        assertThat(italian.of(TodoKind.CASES_WAITING, null, NOW)).isEmpty();
        assertThat(italian.of(TodoKind.FUND_CLAIMS_DUE, LocalDate.parse("2027-02-01").atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), NOW))
                .as("the deadline is the first moment after the last day a claim is taken").isEqualTo("rendiconto entro il 2027-01-31");
    }

    @Test
    void the_menu_counts_sum_the_kinds_of_work_of_an_area() {
        Map<Area, Integer> counts = TodoCounts.byArea(List.of(new Todo(TodoKind.ORDERS_TO_ANSWER, Area.SUPPLIER_ORDERS, 2, null),
                new Todo(TodoKind.ORDERS_TO_HAND_OVER, Area.SUPPLIER_ORDERS, 3, null),
                new Todo(TodoKind.CASES_WAITING, Area.SERVICE_CASES, 0, null)));
        assertThat(counts).containsEntry(Area.SUPPLIER_ORDERS, 5).containsEntry(Area.SERVICE_CASES, 0);
    }

    @Test
    void grants_read_in_words_in_a_fixed_order_without_sign_in_scopes() {
        List<String> grants = ProfileTexts.ordered(List.of("orders:write", "openid", "leads:read", "profile"));
        assertThat(grants).containsExactly("leads:read", "orders:write");
        assertThat(text(ProfileTexts.key("leads:read"), Locale.ITALIAN))
                .isEqualTo("Vedere lead, opportunità e registrazioni di trattative");
        for (String scope : ProfileTexts.ORDER) {
            assertThat(text(ProfileTexts.key(scope), Locale.ENGLISH)).as(scope).doesNotStartWith("!");
        }
    }

    @Test
    void a_chart_draws_one_titled_bar_per_point_and_escapes_its_texts() {
        String svg = KpiChart.render("Open <pipeline>", List.of(new KpiChart.Bar("A&B", "A&B: 3", java.math.BigDecimal.valueOf(3)),
                new KpiChart.Bar("C", "C: 0", java.math.BigDecimal.ZERO)));
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Open &lt;pipeline&gt;\"", "<title>A&amp;B: 3</title>")
                .doesNotContain("<pipeline>");
        assertThat(svg.split("<rect", -1)).hasSize(3);
    }

    @Test
    void every_kind_of_work_links_to_a_page() {
        for (TodoKind kind : TodoKind.values()) {
            assertThat(TodoLinks.routeOf(kind, "x")).as(kind.name()).isNotBlank();
            assertThat(TodoLinks.listOf(kind)).as(kind.name()).isNotBlank();
        }
        assertThat(TodoLinks.routeOf(TodoKind.LEADS_TO_ANSWER, "lead_1")).isEqualTo("leads/lead_1");
    }
}
