package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Which tokens the API's token check answers from memory, and which it checks afresh. */
class ValidatedTokensTests {

    final MutableClock clock = new MutableClock();
    final AtomicInteger checks = new AtomicInteger();
    final AtomicReference<Object> keyRing = new AtomicReference<>(new Object());
    final JwtDecoder check = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("refused");
        }
        Instant now = clock.instant();
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("dealer-system").issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5))).build();
    };
    final ValidatedTokens tokens = new ValidatedTokens(check, keyRing::get, clock, Duration.ofMinutes(5), 100);

    @Test
    void a_token_that_passed_is_answered_from_memory_until_it_expires() {
        Jwt first = tokens.decode("good.token.signature");
        assertThat(tokens.decode("good.token.signature")).isSameAs(first);
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        tokens.decode("good.token.signature");
        assertThat(checks).as("checked again once expired").hasValue(2);
    }

    @Test
    void a_refused_token_is_checked_again_every_time() {
        assertThatThrownBy(() -> tokens.decode("bad.token.signature")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad.token.signature")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void only_the_very_same_string_is_answered_from_memory() {
        tokens.decode("good.token.signature");
        tokens.decode("good.token.signaturf");
        assertThat(checks).hasValue(2);
    }

    @Test
    void every_token_is_checked_again_once_the_signing_keys_were_reloaded() {
        tokens.decode("good.token.signature");
        keyRing.set(new Object());
        tokens.decode("good.token.signature");
        assertThat(checks).hasValue(2);
    }
}
