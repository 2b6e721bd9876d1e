package io.canale.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.List;

/** The signing keys in use, oldest first: the newest active one signs, all of them verify. */
record SigningKeys(List<SigningKey> keys) {

    SigningKeys {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no signing key");
        }
        keys = List.copyOf(keys);
    }

    /** The newest key active at {@code now}; the oldest if none is (a clock set back). */
    RSAKey signingAt(Instant now) {
        return keys.reversed().stream().filter(key -> !key.activatesAt().isAfter(now)).findFirst()
                .orElse(keys.getFirst()).jwk();
    }

    /** The public halves of every key, newest first, as the JWKS publishes them. */
    List<JWK> published() {
        return keys.reversed().stream().map(key -> (JWK) key.jwk().toPublicJWK()).toList();
    }
}
