package io.canale.servicecase;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The single-use links of satisfaction surveys. A link's token is HMAC-SHA256 under a server key of the case and a
 * random nonce; the case stores the nonce and the SHA-256 of the token, never the token. So a copy of the database
 * alone yields no working link (the key is not in it), a token cannot be guessed (256 bits), the lookup is by hash
 * (nothing to compare in variable time), and the backend can still show the link again to the dealer who forwards it,
 * which a plain random token stored as a hash would not allow.
 */
final class SurveyLinks {

    static final String PATH = "/survey/";
    /** A token as this class writes it: 32 bytes, base64url without padding. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String base;

    SurveyLinks(SurveyProperties properties) {
        // A key of its own, derived from the configured secret, so that secret is never used as-is for two purposes.
        byte[] secret = properties.key().isEmpty() ? nonce().getBytes(StandardCharsets.UTF_8)
                : properties.key().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "canale service-case survey links v1"), "HmacSHA256");
        this.base = properties.baseUrl() + PATH;
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token(String caseId, String nonce) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, caseId + ":" + nonce));
    }

    String link(String token) {
        return base + token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
