package io.canale.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Secrets other modules must read back to use them (webhook signing secrets), sealed as the token signing keys are:
 * AES-256-GCM under {@code canale.auth.key-encryption-key}, so a copy of the database alone cannot use them.
 */
@Component
public class SealedSecrets {

    private final KeyEncryption encryption;

    SealedSecrets(KeyEncryption encryption) {
        this.encryption = encryption;
    }

    public String seal(byte[] secret) {
        return encryption.encrypt(Base64.getEncoder().encodeToString(secret));
    }

    /** The secret again; fails when it was sealed under another key or altered. */
    public byte[] open(String sealed) {
        return Base64.getDecoder().decode(encryption.decrypt(sealed, "(a sealed secret)").getBytes(StandardCharsets.US_ASCII));
    }
}
