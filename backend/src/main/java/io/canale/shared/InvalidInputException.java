package io.canale.shared;

import java.util.List;

/** Raised when an input breaks a rule; resolvers turn it into {@code userErrors}, never into a GraphQL error. */
public class InvalidInputException extends RuntimeException {

    private final transient List<UserError> errors;

    public InvalidInputException(List<UserError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String path, UserErrorCode code, String message) {
        this(List.of(UserError.of(path, code, message)));
    }

    public List<UserError> errors() {
        return errors;
    }
}
