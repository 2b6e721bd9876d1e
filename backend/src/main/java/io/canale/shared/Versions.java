package io.canale.shared;

/** The optimistic-concurrency check every update carries: the caller's {@code expectedVersion}. */
public final class Versions {

    private Versions() {
    }

    public static void expect(Integer expected, Long actual) {
        if (expected == null) {
            throw new InvalidInputException("input.expectedVersion", UserErrorCode.REQUIRED, "must be given");
        }
        if (actual == null || expected.longValue() != actual) {
            throw new InvalidInputException("input.expectedVersion", UserErrorCode.VERSION_CONFLICT,
                    "the record was changed meanwhile (now at version " + actual + "); reload it and try again");
        }
    }
}
