package io.canale.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** What a refused call to the backend means for the user, from the real GraphQL client's exceptions. */
class ApiExceptionTests {

    @Test
    void a_spent_rate_budget_says_how_long_to_wait_instead_of_blaming_the_backend() {
        MockApi backend = MockApi.start();
        HttpHeaders headers = new HttpHeaders();
        headers.add("Retry-After", "7");
        backend.expectRequest().andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).headers(headers)
                .contentType(MediaType.APPLICATION_JSON).body("{\"errors\":[{\"message\":\"spent\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}"));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> backend.api().execute("shell/currentViewer", Map.of(), "viewer", Viewer.class));
        assertThat(refused.kind()).isEqualTo(ApiException.Kind.RATE_LIMITED);
        assertThat(refused.getMessage()).isEqualTo("7");
    }

    @Test
    void a_server_error_is_an_unreachable_backend() {
        MockApi backend = MockApi.start();
        backend.expectRequest().andRespond(withStatus(HttpStatus.BAD_GATEWAY));
        ApiException failed = catchThrowableOfType(ApiException.class,
                () -> backend.api().execute("shell/currentViewer", Map.of(), "viewer", Viewer.class));
        assertThat(failed.kind()).isEqualTo(ApiException.Kind.UNREACHABLE);
    }
}
