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
}
