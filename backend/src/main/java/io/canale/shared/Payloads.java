package io.canale.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a mutation and turns refused input into the payload's {@code userErrors}. */
public final class Payloads {

    private Payloads() {
    }

    public static <R, P> P run(Supplier<R> mutation, Function<R, P> success, Function<List<UserError>, P> failure) {
        try {
            return success.apply(mutation.get());
        } catch (InvalidInputException ex) {
            return failure.apply(ex.errors());
        } catch (NotFoundException ex) {
            return failure.apply(List.of(UserError.of("input.id", UserErrorCode.NOT_FOUND, ex.getMessage())));
        } catch (org.springframework.dao.OptimisticLockingFailureException ex) {
            return failure.apply(List.of(UserError.of("input.expectedVersion", UserErrorCode.VERSION_CONFLICT,
                    "the record was changed meanwhile; reload it and try again")));
        }
    }
}
