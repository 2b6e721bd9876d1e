package io.canale.shared;

import java.util.List;

/** One problem with a mutation's input, with the path of the input field at fault. */
public record UserError(List<String> field, UserErrorCode code, String message) {

    public static UserError of(String path, UserErrorCode code, String message) {
        return new UserError(path == null ? null : List.of(path.split("\\.")), code, message);
    }
}
