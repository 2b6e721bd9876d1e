package io.canale.portal;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number typed or pasted in either convention ("4.500,50", "4,500.50", "4500.50"; rules in {@link NumberText}),
 * shown back in the reader's format once understood. Text that is not a number is never dropped silently: the
 * field keeps it, has no value and says how to write it (also to a {@link com.vaadin.flow.data.binder.Binder},
 * through {@link #getDefaultValidator()}); callers without a binder check {@link #isUnreadable()} before they
 * send. Sign, zero and range are the caller's rules.
 *
 * @param <F> the field's own type
 * @param <T> the value's type
 */
public abstract class NumberInputField<F extends NumberInputField<F, T>, T extends Number>
        extends AbstractCompositeField<TextField, F, T> implements HasValidation, HasLabel, HasHelper, HasSize, HasValidator<T> {

    private final TextField text;
    private final List<ValidationStatusChangeListener<T>> statusListeners = new ArrayList<>();
    /** The message key that says how to write the number, e.g. "Write the amount as 4,500.50 or 4500.50". */
    private final String unreadableKey;
    private boolean unreadable;
    private boolean presenting;

    /**
     * @param unreadableKey the message that says how to write the number
     * @param inputMode the keyboard a phone shows ("decimal" or "numeric"), as a number field would
     */
    protected NumberInputField(String unreadableKey, String inputMode) {
        super(null);
        this.unreadableKey = unreadableKey;
        text = getContent();
        // The field decides what is invalid; the text field's own checks would clear the message on blur.
        text.setManualValidation(true);
        text.getElement().executeJs("const mode = () => this.inputElement ? (this.inputElement.inputMode = $0)"
                + " : requestAnimationFrame(mode); mode();", inputMode);
        text.addValueChangeListener(change -> {
            if (!presenting) {
                read(change.getValue());
            }
        });
    }

    /** The value the number read stands for, or empty when this field does not take it (e.g. a fraction). */
    protected abstract Optional<T> value(BigDecimal number);

    /** The value as a decimal, to show it. */
    protected abstract BigDecimal decimal(T value);

    /** Whether the field holds text that is not a number (and so no value). */
    public boolean isUnreadable() {
        return unreadable;
    }

    /** The text as it stands in the field. */
    String text() {
        return text.getValue();
    }

    /** What the person typed, as the browser sends it. */
    void type(String typed) {
        text.setValue(typed);
    }

    private void read(String typed) {
        Optional<T> number = typed.isBlank() ? Optional.empty() : NumberText.read(typed, getLocale()).flatMap(this::value);
        boolean wasUnreadable = unreadable;
        unreadable = !typed.isBlank() && number.isEmpty();
        setModelValue(number.orElse(null), true);
        if (unreadable) {
            text.setErrorMessage(unreadableMessage());
            text.setInvalid(true);
        } else {
            text.setInvalid(false);
            number.ifPresent(this::show);
        }
        if (wasUnreadable != unreadable) {
            ValidationStatusChangeEvent<T> event = new ValidationStatusChangeEvent<>(this, !unreadable);
            List.copyOf(statusListeners).forEach(listener -> listener.validationStatusChanged(event));
        }
    }

    private String unreadableMessage() {
        return getTranslation(unreadableKey);
    }

    @Override
    protected void setPresentationValue(T value) {
        unreadable = false;
        text.setInvalid(false);
        if (value == null) {
            presenting = true;
            try {
                text.clear();
            } finally {
                presenting = false;
            }
        } else {
            show(value);
        }
    }

    /** The value in the reader's format, e.g. 4.500,50 in Italian, keeping the decimals as written. */
    private void show(T shown) {
        BigDecimal value = decimal(shown);
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        int decimals = Math.max(value.scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        presenting = true;
        try {
            text.setValue(format.format(value));
        } finally {
            presenting = false;
        }
    }

    @Override
    public Validator<T> getDefaultValidator() {
        return (value, context) -> unreadable ? ValidationResult.error(unreadableMessage()) : ValidationResult.ok();
    }

    /** A binder listens here to validate again when the text turns readable or unreadable. */
    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<T> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public void setInvalid(boolean invalid) {
        text.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return text.isInvalid();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        text.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return text.getErrorMessage();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        text.setRequiredIndicatorVisible(required);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return text.isRequiredIndicatorVisible();
    }
}
