package io.canale.portal.order;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.order.SupplierOrderApi.ConfirmOrderInput;
import io.canale.portal.order.SupplierOrderApi.LineAnswerInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplier's answer to an order, one entry per line in line order, checked as the backend checks it.
 * Problems come back as {@link UserError}s at the backend's paths ({@code input.lines.N.promisedDate}),
 * so the form shows its own findings and the backend's the same way.
 *
 * @param orderId the order answered
 * @param expectedVersion the version the supplier saw
 * @param lines the answers, in the order's line order
 */
record SupplierAnswer(String orderId, int expectedVersion, List<LineAnswer> lines) {

    static final int MAX_REASON = 500;

    /**
     * One line's answer as typed.
     *
     * @param confirmedQuantity null while the field is empty
     * @param promisedDate null while none is picked
     */
    record LineAnswer(int line, int ordered, Integer confirmedQuantity, LocalDate promisedDate, String reason) {

        boolean confirmsSomething() {
            return confirmedQuantity != null && confirmedQuantity > 0;
        }

        boolean confirmsLess() {
            return confirmedQuantity != null && confirmedQuantity < ordered;
        }

        String trimmedReason() {
            return reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    SupplierAnswer {
        lines = List.copyOf(lines);
    }

    /** What the backend would refuse; empty when the answer can be sent. */
    List<UserError> problems() {
        List<UserError> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineAnswer answer = lines.get(i);
            if (answer.confirmedQuantity() == null) {
                problems.add(problem(i, "confirmedQuantity", UserErrorCode.REQUIRED));
            } else if (answer.confirmedQuantity() < 0 || answer.confirmedQuantity() > answer.ordered()) {
                problems.add(problem(i, "confirmedQuantity", UserErrorCode.INVALID));
            }
            if (answer.confirmsSomething() && answer.promisedDate() == null) {
                problems.add(problem(i, "promisedDate", UserErrorCode.REQUIRED));
            }
            String reason = answer.trimmedReason();
            if (answer.confirmsLess() && reason == null) {
                problems.add(problem(i, "reason", UserErrorCode.REQUIRED));
            } else if (reason != null && reason.length() > MAX_REASON) {
                problems.add(problem(i, "reason", UserErrorCode.TOO_LONG));
            }
        }
        return problems;
    }

    /** The {@code confirmOrder} input, once {@link #problems()} found nothing; a rejected line carries no promised date. */
    ConfirmOrderInput toInput() {
        return new ConfirmOrderInput(orderId, expectedVersion, lines.stream()
                .map(answer -> new LineAnswerInput(answer.line(), answer.confirmedQuantity(),
                        answer.confirmsSomething() ? answer.promisedDate() : null, answer.trimmedReason()))
                .toList());
    }

    private static UserError problem(int index, String field, UserErrorCode code) {
        return new UserError(List.of("input", "lines", String.valueOf(index), field), code, field + " " + code);
    }
}
