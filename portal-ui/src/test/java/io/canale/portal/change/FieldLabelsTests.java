package io.canale.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.RecordType;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Stored field paths and values of a record's history in the reader's words, from the portal's bundles. */
class FieldLabelsTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final FieldLabels english = FieldLabels.of(Locale.ENGLISH, ROME);
    private final FieldLabels italian = FieldLabels.of(Locale.ITALIAN, ROME);

    @Test
    void an_order_line_s_field_is_named_by_its_line_from_one_in_the_reader_s_language() {
        assertThat(english.label(RecordType.ORDER, "lines.0.confirmedQuantity")).isEqualTo("Line 1 · confirmed quantity");
        assertThat(italian.label(RecordType.ORDER, "lines.0.confirmedQuantity")).isEqualTo("Riga 1 · quantità confermata");
        assertThat(english.label(RecordType.ORDER, "deliveryAddress.postalCode")).isEqualTo("Delivery address · postal code");
        assertThat(italian.label(RecordType.ORDER, "shipments.1.events.0.type")).isEqualTo("Spedizione 2 · evento 1 · tipo");
    }

    @Test
    void cases_leads_and_opportunities_have_labels_of_their_own() {
        assertThat(english.label(RecordType.SERVICE_CASE, "returnAuthorization.inspections.0.condition"))
                .isEqualTo("Return (RMA) · inspection 1 · condition");
        assertThat(italian.label(RecordType.SERVICE_CASE, "waitingReason")).isEqualTo("Motivo dell’attesa");
        assertThat(english.label(RecordType.SERVICE_CASE, "comments.2.body")).isEqualTo("Message 3 · text");
        assertThat(english.label(RecordType.LEAD, "details.contact.email")).as("the details group says nothing")
                .isEqualTo("Contact · email");
        assertThat(italian.label(RecordType.LEAD, "details.company.vatNumber")).isEqualTo("Azienda · partita IVA");
        assertThat(english.label(RecordType.OPPORTUNITY, "activities.2.dueDate")).isEqualTo("Activity 3 · due");
        assertThat(italian.label(RecordType.OPPORTUNITY, "expectedCloseDate")).isEqualTo("Chiusura prevista");
    }

    @Test
    void a_path_the_table_does_not_know_is_humanised() {
        assertThat(english.label(RecordType.ORDER, "replacementFor.someNewField")).isEqualTo("Replacement for · some new field");
        assertThat(italian.label(RecordType.ORDER, "fooBar.0.bazQux")).isEqualTo("Foo bar 1 · baz qux");
        assertThat(english.label(RecordType.PRICE_LIST, "validFrom")).as("a type without a table").isEqualTo("Valid from");
    }

    @Test
    void dates_and_moments_read_in_the_reader_s_locale_and_time_zone() {
        assertThat(english.value(RecordType.ORDER, "requestedDate", "\"2026-12-14\"")).isEqualTo("Dec 14, 2026");
        assertThat(italian.value(RecordType.ORDER, "requestedDate", "\"2026-12-14\"")).isEqualTo("14 dic 2026");
        assertThat(italian.value(RecordType.LEAD, "acceptBy", "\"2026-12-07T10:15:00Z\"")).as("10:15 UTC is 11:15 in Rome")
                .isEqualTo("7 dic 2026, 11:15");
    }

    @Test
    void numbers_and_money_read_in_the_reader_s_locale_and_a_money_s_parts_make_one_line() {
        assertThat(italian.value(RecordType.ORDER, "lines.0.quantity", "1000")).isEqualTo("1.000");
        assertThat(english.value(RecordType.ORDER, "lines.0.quantity", "1000")).isEqualTo("1,000");
        assertThat(english.value(RecordType.ORDER, "deliveryAddress.postalCode", "\"20121\"")).as("a string stays as written")
                .isEqualTo("20121");
        List<Change.FieldChange> created = List.of(new Change.FieldChange("name", null, "\"Flotta 2027\""),
                new Change.FieldChange("amount.amount", null, "\"12500.00\""),
                new Change.FieldChange("amount.currency", null, "\"EUR\""));
        assertThat(italian.lines(RecordType.OPPORTUNITY, created)).containsExactly(
                new FieldLabels.Line("name", "Nome", "Flotta 2027"),
                new FieldLabels.Line("amount", "Importo", "12.500,00\u00a0€"));
        assertThat(english.lines(RecordType.OPPORTUNITY, created).get(1).values()).isEqualTo("€12,500.00");
        List<Change.FieldChange> amountOnly = List.of(new Change.FieldChange("amount.amount", "\"100.00\"", "\"120.50\""));
        assertThat(italian.lines(RecordType.OPPORTUNITY, amountOnly))
                .containsExactly(new FieldLabels.Line("amount.amount", "Importo", "100,00 → 120,50"));
        assertThat(english.label(RecordType.ORDER, "lines.1.unitPrice.currency")).isEqualTo("Line 2 · unit price · currency");
    }

    @Test
    void enums_read_in_words_where_the_bundle_names_them_and_as_they_are_otherwise() {
        assertThat(italian.value(RecordType.ORDER, "status", "\"CONFIRMED\"")).isEqualTo("Confermato");
        assertThat(english.value(RecordType.ORDER, "shipments.0.events.1.type", "\"PICKED_UP\"")).isEqualTo("Picked up");
        assertThat(italian.value(RecordType.OPPORTUNITY, "stage", "\"proposal\"")).isEqualTo("Proposta");
        assertThat(english.value(RecordType.ORDER, "status", "\"SOMETHING_NEW\"")).isEqualTo("SOMETHING_NEW");
        assertThat(english.value(RecordType.ORDER, "deliveryAddress.country", "\"IT\"")).isEqualTo("IT");
    }

    @Test
    void other_values_read_without_json_quotes_and_a_missing_value_as_none() {
        assertThat(italian.value(RecordType.OPPORTUNITY, "activities.0.done", "true")).isEqualTo("sì");
        assertThat(english.value(RecordType.ORDER, "carrierIds", "[\"ptn_veloce\",\"ptn_rapido\"]")).isEqualTo("ptn_veloce, ptn_rapido");
        assertThat(english.value(RecordType.ORDER, "lines.0.reason", "null")).isNull();
        assertThat(english.value(RecordType.ORDER, "lines.0.reason", null)).isNull();
        assertThat(english.lines(RecordType.ORDER, List.of(new Change.FieldChange("lines.0.reason", "\"late\"", null))))
                .containsExactly(new FieldLabels.Line("lines.0.reason", "Line 1 · reason", "late → (none)"));
        assertThat(english.lines(RecordType.ORDER, List.of(new Change.FieldChange("lines.0.sku", null, "\"FRN-PAD-001\""))))
                .containsExactly(new FieldLabels.Line("lines.0.sku", "Line 1 · SKU", "FRN-PAD-001"));
    }
}
