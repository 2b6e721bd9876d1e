package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmountFieldTests {

    private Locale before;

    @BeforeEach
    void italian_reader() {
        // Without a UI a component reads in the JVM's default locale.
        before = Locale.getDefault();
        Locale.setDefault(Locale.ITALY);
    }

    @AfterEach
    void restore_locale() {
        Locale.setDefault(before);
    }

    @Test
    void a_pasted_english_amount_is_understood_and_shown_in_the_readers_format() {
        AmountField field = new AmountField();

        field.type("4,500.50");

        assertThat(field.getValue()).isEqualByComparingTo("4500.50");
        assertThat(field.getValue().scale()).isEqualTo(2);
        assertThat(field.text()).isEqualTo("4.500,50");
        assertThat(field.isUnreadable()).isFalse();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void unreadable_text_stays_in_the_field_with_an_error_instead_of_being_dropped() {
        AmountField field = new AmountField();
        field.setValue(new BigDecimal("12"));

        field.type("4,50.5");

        assertThat(field.getValue()).isNull();
        assertThat(field.text()).isEqualTo("4,50.5");
        assertThat(field.isUnreadable()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("number.amount.unreadable");
    }

    @Test
    void correcting_the_text_clears_the_error() {
        AmountField field = new AmountField();
        field.type("12a");

        field.type("12,5");

        assertThat(field.getValue()).isEqualByComparingTo("12.5");
        assertThat(field.isUnreadable()).isFalse();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void an_empty_field_has_no_value_and_no_error() {
        AmountField field = new AmountField();
        field.type("12");

        field.type("  ");

        assertThat(field.getValue()).isNull();
        assertThat(field.isUnreadable()).isFalse();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void a_value_set_by_the_program_is_shown_in_the_readers_format() {
        AmountField field = new AmountField();

        field.setValue(new BigDecimal("1234567.8"));

        assertThat(field.text()).isEqualTo("1.234.567,8");
        field.clear();
        assertThat(field.text()).isEmpty();
        assertThat(field.getValue()).isNull();
    }

    @Test
    void a_binder_reports_unreadable_text_rather_than_a_missing_value() {
        AmountField field = new AmountField();
        Binder<Holder> binder = new Binder<>();
        binder.forField(field).asRequired("required").bind(Holder::getAmount, Holder::setAmount);
        binder.setBean(new Holder());

        field.type("1.2.3");

        assertThat(binder.validate().getFieldValidationErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).hasValueSatisfying(
                        message -> assertThat(message).contains("number.amount.unreadable")));
        field.type("1.234,5");
        assertThat(binder.validate().isOk()).isTrue();
        assertThat(binder.getBean().getAmount()).isEqualByComparingTo("1234.5");
    }

    static final class Holder {

        private BigDecimal amount;

        BigDecimal getAmount() {
            return amount;
        }

        void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
