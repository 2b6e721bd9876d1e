package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.Actor;
import io.canale.shared.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The backend's texts as their readers read them, from the real bundles: plurals, days and moments, never ISO. */
class TimelineTextsTests {

    private static final Instant AT = Instant.parse("2026-12-07T10:15:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final TimelineTexts texts = new TimelineTexts(bundles());

    @Test
    void order_lines_are_counted_with_the_right_plural_in_both_languages() {
        assertThat(summary("ORDER_SUBMITTED", Locale.ITALIAN, "1")).isEqualTo("1 riga inviata");
        assertThat(summary("ORDER_SUBMITTED", Locale.ITALIAN, "3")).isEqualTo("3 righe inviate");
        assertThat(summary("ORDER_SUBMITTED", Locale.ENGLISH, "1")).isEqualTo("1 line submitted");
        assertThat(summary("ORDER_SUBMITTED", Locale.ENGLISH, "3")).isEqualTo("3 lines submitted");
        assertThat(summary("SHIPMENT_CREATED", Locale.ITALIAN, "1")).isEqualTo("1 collo affidato a un vettore");
        assertThat(summary("ITEMS_CHANGED", Locale.ENGLISH, "1")).isEqualTo("1 product expected");
    }

    @Test
    void moments_are_written_in_the_readers_language_and_time_zone_never_as_iso_text() {
        String italian = texts.summaryOf(entry("DEAL_APPROVED", AT.toString()), Locale.ITALIAN, ROME);
        assertThat(italian).isEqualTo("Approvata; protetta fino al 7 dic 2026, 11:15");
        String english = texts.summaryOf(entry("LEAD_ROUTED", AT.toString()), Locale.ENGLISH, ROME);
        assertThat(english).isEqualTo("Routed to a dealer; to be accepted by " + moment(Locale.ENGLISH, ROME)).doesNotContain("T10:15");
    }

    @Test
    void a_reader_without_a_time_zone_reads_utc_and_is_told_so() {
        assertThat(texts.summaryOf(entry("LEAD_ROUTED", AT.toString()), Locale.ENGLISH))
                .isEqualTo("Routed to a dealer; to be accepted by " + moment(Locale.ENGLISH, ZoneId.of("UTC")) + " UTC");
    }

    @Test
    void days_are_written_as_the_reader_writes_them() {
        assertThat(texts.text("warranty.covered", new Object[] {"2026-03-01", "24", "2028-03-01"}, "", Locale.ITALIAN, ROME))
                .isEqualTo("Consegnato il 1 mar 2026, garanzia di 24 mesi, coperto fino al 1 mar 2028");
    }

    @Test
    void stage_and_source_codes_are_said_in_words() {
        TimelineEntry moved = TimelineEntry.shared(AT, Actor.SYSTEM, "STAGE_CHANGED", "qualification → proposal", "qualification",
                "proposal", "");
        assertThat(texts.summaryOf(moved, Locale.ITALIAN, ROME)).isEqualTo("Qualificazione → Proposta ");
        assertThat(summary("LEAD_CAPTURED", Locale.ENGLISH, "WEB_FORM")).isEqualTo("Lead captured (website form)");
        assertThat(summary("OPPORTUNITY_OPENED", Locale.ENGLISH, "a-stage-no-longer-configured"))
                .as("an unknown code stays as it is").isEqualTo("Opened from a lead in stage a-stage-no-longer-configured");
    }

    @Test
    void a_stored_argument_that_does_not_fit_the_pattern_falls_back_to_the_stored_text() {
        assertThat(summary("ORDER_SUBMITTED", Locale.ITALIAN, "several")).isEqualTo("stored summary");
    }

    @Test
    void only_known_time_zones_are_taken_from_the_request() {
        assertThat(ReaderZone.parse("Europe/Rome")).isEqualTo(ROME);
        assertThat(ReaderZone.parse("Mars/Olympus")).isNull();
        assertThat(ReaderZone.parse(null)).isNull();
        assertThat(ReaderZone.parse("x".repeat(100))).isNull();
    }

    private static String moment(Locale locale, ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(AT);
    }

    private String summary(String event, Locale locale, String arg) {
        return texts.summaryOf(entry(event, arg), locale, ROME);
    }

    private static TimelineEntry entry(String event, String arg) {
        return TimelineEntry.shared(AT, Actor.SYSTEM, event, "stored summary", arg);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
