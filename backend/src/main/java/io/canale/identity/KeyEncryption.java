package io.canale.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts the token signing keys before they are stored, with AES-256-GCM under the key encryption key from
 * the configuration ({@code canale.auth.key-encryption-key}): a copy of the database alone cannot sign tokens.
 * GCM also authenticates, so a wrong key is told apart from a right one instead of yielding garbage.
 */
@Component
class KeyEncryption {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;

    private final BytesEncryptor aes;

    KeyEncryption(AuthServerProperties properties) {
        byte[] key = decode(properties.keyEncryptionKey());
        this.aes = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(IV_BYTES),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    String encrypt(String clear) {
        return Base64.getEncoder().encodeToString(aes.encrypt(clear.getBytes(StandardCharsets.UTF_8)));
    }

    /** @param kid names the key in the refusal when the configured key did not encrypt it */
    String decrypt(String encrypted, String kid) {
        try {
            return new String(aes.decrypt(Base64.getDecoder().decode(encrypted)), StandardCharsets.UTF_8);
        } catch (IllegalStateException | IllegalArgumentException notOurs) {
            throw KeyEncryptionKeyRefused.wrong(kid);
        }
    }

    private static byte[] decode(String configured) {
        if (configured == null || configured.isBlank()) {
            throw KeyEncryptionKeyRefused.missing();
        }
        try {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != KEY_BYTES) {
                throw KeyEncryptionKeyRefused.malformed(key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException notBase64) {
            throw KeyEncryptionKeyRefused.malformed("not base64");
        }
    }
}
