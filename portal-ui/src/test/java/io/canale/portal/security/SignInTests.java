package io.canale.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class SignInTests {

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void someone_is_signed_in_while_the_request_carries_their_authentication() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("dealer", null, List.of()));
        assertThat(SignIn.isSignedIn()).isTrue();
    }

    @Test
    void nobody_is_signed_in_once_the_sign_out_cleared_the_context() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("dealer", null, List.of()));
        SecurityContextHolder.clearContext();
        assertThat(SignIn.isSignedIn()).isFalse();
    }

    @Test
    void an_anonymous_visitor_is_not_signed_in() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(SignIn.isSignedIn()).isFalse();
    }
}
