package io.canale.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * What a GraphQL request no longer repeats needlessly: the token check of a token already checked. (Its cost is
 * measured in bench/.)
 */
class RequestPathTests extends IntegrationTestBase {

    @Autowired
    JwtDecoder decoder;

    @Test
    void a_token_is_checked_once_and_then_answered_from_memory() {
        String token = tokenFor("dealer-system");
        assertThat(decoder.decode(token)).isSameAs(decoder.decode(token));
    }
}
