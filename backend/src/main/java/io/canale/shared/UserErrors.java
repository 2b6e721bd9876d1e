package io.canale.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems found in one mutation input. Aggregates and services validate everything first
 * and write nothing while this holds an error, so a refused input never leaves a half-written record.
 */
public final class UserErrors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    private final List<UserError> errors = new ArrayList<>();

    public UserErrors add(String path, UserErrorCode code, String message) {
        errors.add(UserError.of(path, code, message));
        return this;
    }

    /** Checks a required text: present, not blank, at most {@code max} characters. */
    public UserErrors requireText(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            add(path, UserErrorCode.REQUIRED, "must not be blank");
        } else {
            maxLength(path, value, max);
        }
        return this;
    }

    public UserErrors maxLength(String path, String value, int max) {
        if (value != null && value.length() > max) {
            add(path, UserErrorCode.TOO_LONG, "must be at most " + max + " characters");
        }
        return this;
    }

    public UserErrors email(String path, String value) {
        if (value != null && !value.isBlank() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            add(path, UserErrorCode.INVALID, "is not a valid email address");
        }
        return this;
    }

    public UserErrors phone(String path, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            add(path, UserErrorCode.INVALID, "is not a valid phone number");
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }

    /** Throws when any error was collected; the caller then maps the exception to a payload. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}
