package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/** Error masking and codes, on a GraphQL slice with a controller that fails in every known way. */
@GraphQlTest(controllers = ApiExceptionResolverTests.FailingController.class)
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
    }

    private void assertCode(String id, String code) {
        graphQl.document("query($id: ID!) { partner(id: $id) { id } }").variable("id", id).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
    }
}
