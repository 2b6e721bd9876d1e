package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.InvalidCursorException;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/** Error masking and codes, on a GraphQL slice with a controller that fails in every known way. */
@GraphQlTest(controllers = ApiExceptionResolverTests.FailingController.class)
@ExtendWith(OutputCaptureExtension.class)
@Import({ApiExceptionResolver.class, GraphQlConfiguration.class, ApiExceptionResolverTests.FailingController.class})
class ApiExceptionResolverTests {

    @Controller
    static class FailingController {

        @QueryMapping
        String viewer() {
            throw new IllegalStateException("connection string mongodb://admin:secret@db");
        }

        @QueryMapping
        String partner(@Argument String id) {
            switch (id) {
                case "missing" -> throw new NotFoundException("partner");
                case "denied" -> throw new AccessDeniedException("missing scope partners:read");
                case "cursor" -> throw new InvalidCursorException();
                default -> throw new InvalidInputException("first", UserErrorCode.INVALID, "first must be between 1 and 100");
            }
        }
    }

    @Autowired
    GraphQlTester graphQl;

    @Test
    void unexpected_failures_are_masked() {
        graphQl.document("{ viewer { subject } }").execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
                assertThat(error.getMessage()).doesNotContain("secret", "mongodb", "IllegalState");
            });
        });
    }

    @Test
    void known_failures_carry_a_stable_code() {
        assertCode("missing", "NOT_FOUND");
        assertCode("denied", "FORBIDDEN");
        assertCode("invalid", "BAD_USER_INPUT");
        assertCode("cursor", "INVALID_CURSOR");
    }

    @Test
    void a_server_fault_is_logged_with_its_stack_trace_under_the_execution_id_the_caller_sees(CapturedOutput output) {
        graphQl.document("{ viewer { subject } }").execute().errors().satisfy(errors -> {
            String message = errors.getFirst().getMessage();
            assertThat(message).startsWith("INTERNAL_ERROR for ");
            String executionId = message.substring("INTERNAL_ERROR for ".length());
            assertThat(output.getOut()).contains("ERROR").contains("executionId " + executionId)
                    .contains("java.lang.IllegalStateException").contains("\tat ");
        });
    }

    @Test
    void a_refused_argument_is_named_in_the_error_and_not_logged_as_a_fault(CapturedOutput output) {
        int before = output.getOut().length();
        graphQl.document("query($id: ID!) { partner(id: $id) { id } }").variable("id", "cursor").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "INVALID_CURSOR")
                            .containsEntry("field", java.util.List.of("after"));
                    assertThat(error.getMessage()).doesNotContain("Exception");
                }));
        graphQl.document("query($id: ID!) { partner(id: $id) { id } }").variable("id", "invalid").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", java.util.List.of("first"))));
        assertThat(output.getOut().substring(before)).doesNotContain("ERROR").doesNotContain("InvalidCursorException");
    }

    private void assertCode(String id, String code) {
        graphQl.document("query($id: ID!) { partner(id: $id) { id } }").variable("id", id).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
    }
}
