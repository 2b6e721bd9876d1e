package io.canale.servicecase;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The satisfaction survey sent when a case is closed.
 *
 * @param ttl how long a survey link works (30 days by default)
 * @param key the secret the links are derived from (any text; by default {@code canale.auth.key-encryption-key}, which
 *        every installation has): with it the backend can show a link again that it stored only as a hash
 * @param baseUrl where end customers reach the backend, e.g. {@code https://canale.example.com} (by default the issuer)
 */
@ConfigurationProperties("canale.service.survey")
record SurveyProperties(Duration ttl, String key, String baseUrl) {

    SurveyProperties {
        ttl = ttl != null ? ttl : Duration.ofDays(30);
        // Without any key the backend refuses to start anyway (no key encryption key): the identity module says why.
        key = key == null ? "" : key;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }
}
