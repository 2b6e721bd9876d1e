package io.canale.shared;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Opaque, unguessable record ids with a type prefix, e.g. {@code ptn_3f9c...}. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + HexFormat.of().formatHex(bytes);
    }

    /**
     * The same id every time for the same seed, e.g. a caller's partner and idempotency key: a retried create
     * finds the record the first attempt wrote instead of writing another.
     */
    public static String derived(String prefix, String seed) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix + "_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
