package io.canale.shared;

/**
 * A record that does not exist or that the caller may not see: the two are indistinguishable on purpose.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
