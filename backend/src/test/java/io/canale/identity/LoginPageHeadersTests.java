package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The sign-in page forbids framing and foreign content, and its session cookie stays on its own site. */
class LoginPageHeadersTests extends IntegrationTestBase {

    @Test
    void the_login_page_has_a_content_security_policy_and_a_same_site_session_cookie() {
        HttpResponse<String> page = http.get("/login", null, "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"password\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "frame-ancestors 'none'", "style-src 'self'");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("CANALE_AUTH_SESSION=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void the_invitation_page_has_the_same_policy() {
        HttpResponse<String> page = http.get("/invitation?token=unknown", null, "text/html");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }
}
