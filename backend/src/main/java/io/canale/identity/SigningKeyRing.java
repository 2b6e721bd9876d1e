package io.canale.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the signing keys, loaded at start (a key this node cannot decrypt refuses the start) and
 * reloaded every {@code canale.auth.signing-key-refresh}, which also rotates and retires keys when due. The
 * token encoder sees only the key that signs now; the JWKS and the API's token check see every published key.
 */
@Component
class SigningKeyRing {

    private final SigningKeyStore store;
    private final Clock clock;
    private volatile SigningKeys keys;

    SigningKeyRing(SigningKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.keys = store.refresh();
    }

    @Scheduled(fixedDelayString = "${canale.auth.signing-key-refresh:PT1M}",
            initialDelayString = "${canale.auth.signing-key-refresh:PT1M}")
    void refresh() {
        keys = store.refresh();
    }

    /** The keys loaded last: a new object after every reload, whether or not they changed. */
    Object current() {
        return keys;
    }

    JWKSource<SecurityContext> signingKey() {
        return (selector, context) -> selector.select(new JWKSet(keys.signingAt(clock.instant())));
    }

    JWKSource<SecurityContext> publishedKeys() {
        return (selector, context) -> selector.select(new JWKSet(keys.published()));
    }
}
