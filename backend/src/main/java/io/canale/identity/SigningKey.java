package io.canale.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/** A token signing key (with its private half) and the moment from which it signs. */
record SigningKey(RSAKey jwk, Instant activatesAt) {
}
