package io.canale.identity;

/**
 * Why the backend refused to start over the key encryption key, and what the operator does about it; shown by
 * {@link KeyEncryptionKeyFailureAnalyzer} instead of a stack trace.
 */
final class KeyEncryptionKeyRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private static final String GENERATE = "Generate one with 'openssl rand -base64 32', keep it in your secret store "
            + "and pass it as the environment variable CANALE_AUTH_KEY_ENCRYPTION_KEY (or the property "
            + "canale.auth.key-encryption-key, e.g. from a mounted secret file with "
            + "spring.config.import=configtree:/run/secrets/). The demo profile brings its own public demo key.";

    private final String action;

    private KeyEncryptionKeyRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }

    static KeyEncryptionKeyRefused missing() {
        return new KeyEncryptionKeyRefused("No key encryption key is configured (canale.auth.key-encryption-key): "
                + "the token signing keys are kept encrypted in the database and cannot be used without it.", GENERATE);
    }

    static KeyEncryptionKeyRefused malformed(String what) {
        return new KeyEncryptionKeyRefused("The key encryption key (canale.auth.key-encryption-key) must be 32 random "
                + "bytes in base64 (256-bit AES), but the configured value is " + what + ".", GENERATE);
    }

    static KeyEncryptionKeyRefused wrong(String kid) {
        return new KeyEncryptionKeyRefused("The token signing key " + kid + " in the database was not encrypted with "
                + "the configured key encryption key (canale.auth.key-encryption-key), or it was altered. The backend "
                + "does not replace it with a new key: that would void every token and sign-in in use.",
                "Start with the key encryption key this database was first started with (every node of one database "
                        + "needs the same key). Only if that key is lost for good: delete the signing_keys collection "
                        + "and start; everybody signs in again and partner systems fetch new tokens.");
    }
}
