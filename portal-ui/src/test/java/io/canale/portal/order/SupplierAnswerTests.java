package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.order.SupplierOrderApi.ConfirmOrderInput;
import io.canale.portal.order.SupplierOrderApi.LineAnswerInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SupplierAnswerTests {

    private static final LocalDate PROMISED = LocalDate.of(2027, 2, 1);

    private static SupplierAnswer answer(SupplierAnswer.LineAnswer... lines) {
        return new SupplierAnswer("ord_1", 3, List.of(lines));
    }

    private static List<String> paths(SupplierAnswer answer) {
        return answer.problems().stream().map(error -> String.join(".", error.field()) + " " + error.code()).toList();
    }

    @Test
    void a_full_confirmation_with_a_date_is_fine() {
        assertThat(answer(new SupplierAnswer.LineAnswer(1, 10, 10, PROMISED, null)).problems()).isEmpty();
    }

    @Test
    void confirming_something_needs_a_promised_date() {
        assertThat(paths(answer(new SupplierAnswer.LineAnswer(1, 10, 10, null, null))))
                .containsExactly("input.lines.0.promisedDate REQUIRED");
    }

    @Test
    void less_than_ordered_needs_a_reason_and_a_rejection_needs_no_date() {
        assertThat(paths(answer(new SupplierAnswer.LineAnswer(1, 10, 4, PROMISED, " "),
                new SupplierAnswer.LineAnswer(2, 5, 0, null, null))))
                .containsExactly("input.lines.0.reason REQUIRED", "input.lines.1.reason REQUIRED");
        assertThat(answer(new SupplierAnswer.LineAnswer(2, 5, 0, null, "Out of production")).problems()).isEmpty();
    }

    @Test
    void the_quantity_is_required_and_between_zero_and_the_ordered_one() {
        assertThat(paths(answer(new SupplierAnswer.LineAnswer(1, 10, null, PROMISED, "x"),
                new SupplierAnswer.LineAnswer(2, 10, 11, PROMISED, null),
                new SupplierAnswer.LineAnswer(3, 10, -1, null, "x"))))
                .containsExactly("input.lines.0.confirmedQuantity REQUIRED", "input.lines.1.confirmedQuantity INVALID",
                        "input.lines.2.confirmedQuantity INVALID");
    }

    @Test
    void a_reason_is_at_most_five_hundred_characters() {
        assertThat(answer(new SupplierAnswer.LineAnswer(1, 10, 10, PROMISED, "x".repeat(501))).problems())
                .extracting(UserError::code).containsExactly(UserErrorCode.TOO_LONG);
    }

    @Test
    void the_input_carries_the_version_seen_and_one_answer_per_line_without_a_date_for_rejections() {
        ConfirmOrderInput input = answer(new SupplierAnswer.LineAnswer(1, 10, 10, PROMISED, null),
                new SupplierAnswer.LineAnswer(2, 5, 0, PROMISED, "  Out of production ")).toInput();

        assertThat(input).isEqualTo(new ConfirmOrderInput("ord_1", 3, List.of(
                new LineAnswerInput(1, 10, PROMISED, null), new LineAnswerInput(2, 0, null, "Out of production"))));
        assertThat(JsonMapper.shared().writeValueAsString(input.lines())).isEqualTo(
                "[{\"line\":1,\"confirmedQuantity\":10,\"promisedDate\":\"2027-02-01\"},"
                        + "{\"line\":2,\"confirmedQuantity\":0,\"reason\":\"Out of production\"}]");
    }
}
