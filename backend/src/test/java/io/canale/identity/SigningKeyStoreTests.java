package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.canale.CanaleApplication;
import io.canale.support.IntegrationTestBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The signing keys at rest: stored encrypted, a clear key of an older version encrypted on the next start, a
 * missing or wrong key encryption key refusing the start, and rotation by age or by the operator. Each test
 * works in a database of its own on the test server, with a clock it sets.
 */
class SigningKeyStoreTests extends IntegrationTestBase {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final String KEY = randomKey();

    @Autowired
    MongoClient client;

    MongoTemplate mongo;

    @BeforeEach
    void database() {
        mongo = new MongoTemplate(client, "keys-" + UUID.randomUUID());
    }

    @Test
    void the_private_key_is_stored_only_encrypted() {
        RSAKey key = store(KEY, T0, null).refresh().signingAt(T0);

        String stored = rawKeys();
        assertThat(key.isPrivate()).isTrue();
        assertThat(stored).contains(key.getKeyID())
                .doesNotContain(key.getPrivateExponent().toString())
                .doesNotContain(key.getFirstPrimeFactor().toString())
                .doesNotContain(key.getFirstFactorCRTExponent().toString());
        assertThat(store(KEY, T0.plusSeconds(60), null).refresh().signingAt(T0.plusSeconds(60))).isEqualTo(key);
    }

    @Test
    void a_key_stored_in_clear_by_an_older_version_is_encrypted_at_start_and_signs_on() throws Exception {
        RSAKey old = new RSAKeyGenerator(2048).keyID("old-kid").generate();
        mongo.insert(new Document("_id", "current").append("jwk", old.toJSONString()), SigningKeyStore.COLLECTION);

        SigningKeys keys = store(KEY, T0, null).refresh();

        assertThat(keys.signingAt(T0)).isEqualTo(old);
        assertThat(rawKeys()).contains("old-kid").doesNotContain(old.getPrivateExponent().toString());
        assertThat(store(KEY, T0, null).refresh().keys()).hasSize(1);
    }

    @Test
    void a_start_without_a_key_encryption_key_is_refused_with_what_to_do() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> store(missing, T0, null)).isInstanceOf(KeyEncryptionKeyRefused.class)
                    .hasMessageContaining("No key encryption key is configured");
        }
        assertThatThrownBy(() -> store(Base64.getEncoder().encodeToString(new byte[16]), T0, null))
                .isInstanceOf(KeyEncryptionKeyRefused.class).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> store("not base64!", T0, null)).hasMessageContaining("not base64");

        KeyEncryptionKeyRefused refused = KeyEncryptionKeyRefused.missing();
        var analysis = new KeyEncryptionKeyFailureAnalyzer().analyze(new IllegalStateException("context", refused));
        assertThat(analysis.getDescription()).contains("canale.auth.key-encryption-key");
        assertThat(analysis.getAction()).contains("CANALE_AUTH_KEY_ENCRYPTION_KEY", "openssl rand -base64 32");
    }

    @Test
    void a_backend_started_outside_the_demo_profile_without_a_key_encryption_key_does_not_start() {
        assertThatThrownBy(() -> SpringApplication.run(CanaleApplication.class, "--server.port=0",
                "--canale.embedded.in-memory=true", "--canale.auth.key-encryption-key="))
                .hasRootCauseInstanceOf(KeyEncryptionKeyRefused.class);
    }

    @Test
    void the_documented_environment_variable_sets_the_key_encryption_key() {
        var environment = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                java.util.Map.of("CANALE_AUTH_KEY_ENCRYPTION_KEY", KEY));
        AuthServerProperties bound = new Binder(ConfigurationPropertySources.from(environment))
                .bind("canale.auth", AuthServerProperties.class).get();

        assertThat(bound.keyEncryptionKey()).isEqualTo(KEY);
    }

    @Test
    void a_wrong_key_encryption_key_refuses_to_start_and_leaves_the_keys_as_they_are() {
        RSAKey key = store(KEY, T0, null).refresh().signingAt(T0);
        String before = rawKeys();

        // even when a new key is due: the wrong key encryption key adds no key either
        assertThatThrownBy(() -> store(randomKey(), T0.plus(Duration.ofDays(90)), null).refresh())
                .isInstanceOf(KeyEncryptionKeyRefused.class)
                .hasMessageContaining(key.getKeyID()).hasMessageContaining("not encrypted with the configured");

        assertThat(rawKeys()).isEqualTo(before);
        var analysis = new KeyEncryptionKeyFailureAnalyzer().analyze(KeyEncryptionKeyRefused.wrong(key.getKeyID()));
        assertThat(analysis.getAction()).contains("same key");
    }

    @Test
    void a_key_is_replaced_at_its_rotation_age_and_retired_once_its_last_token_expired() {
        SigningKeyStore first = store(KEY, T0, null);
        RSAKey k1 = first.refresh().signingAt(T0);
        assertThat(store(KEY, T0.plus(Duration.ofDays(29)), null).refresh().keys()).hasSize(1);

        Instant rotation = T0.plus(Duration.ofDays(30));
        SigningKeys rotated = store(KEY, rotation, null).refresh();
        RSAKey k2 = rotated.keys().getLast().jwk();
        assertThat(k2.getKeyID()).isNotEqualTo(k1.getKeyID());
        assertThat(kids(rotated)).containsExactly(k2.getKeyID(), k1.getKeyID());
        // published at once, signing only once every node has had the time to load it
        Instant active = rotation.plus(first.activationDelay());
        assertThat(rotated.signingAt(active.minusSeconds(1))).isEqualTo(k1);
        assertThat(rotated.signingAt(active)).isEqualTo(k2);

        Instant lastTokenOfK1Expired = active.plus(Duration.ofMinutes(30)).plus(SigningKeyStore.CLOCK_SKEW);
        assertThat(first.retention()).isEqualTo(Duration.ofMinutes(31));
        assertThat(kids(store(KEY, lastTokenOfK1Expired.minusSeconds(1), null).refresh()))
                .containsExactly(k2.getKeyID(), k1.getKeyID());
        assertThat(kids(store(KEY, lastTokenOfK1Expired, null).refresh())).containsExactly(k2.getKeyID());
        assertThat(rawKeys()).doesNotContain(k1.getKeyID());
    }

    @Test
    void several_nodes_due_to_rotate_at_once_store_one_new_key() {
        store(KEY, T0, null).refresh();
        Instant due = T0.plus(Duration.ofDays(31));
        SigningKeyStore nodeA = store(KEY, due, null);
        SigningKeyStore nodeB = store(KEY, due, null);

        assertThat(kids(nodeA.refresh())).isEqualTo(kids(nodeB.refresh())).hasSize(2);
    }

    @Test
    void the_operator_rotates_at_once_with_signing_key_not_before_and_only_once() {
        RSAKey k1 = store(KEY, T0, null).refresh().signingAt(T0);
        Instant notBefore = T0.plus(Duration.ofDays(2));

        assertThat(store(KEY, T0.plus(Duration.ofDays(1)), notBefore).refresh().keys()).hasSize(1);
        SigningKeys rotated = store(KEY, notBefore, notBefore).refresh();
        assertThat(kids(rotated)).hasSize(2).contains(k1.getKeyID());
        String k2 = kids(rotated).getFirst();
        assertThat(kids(store(KEY, notBefore.plus(Duration.ofMinutes(10)), notBefore).refresh()))
                .containsExactly(k2, k1.getKeyID());
        assertThat(kids(store(KEY, notBefore.plus(Duration.ofDays(1)), notBefore).refresh())).containsExactly(k2);
    }

    private SigningKeyStore store(String keyEncryptionKey, Instant now, Instant notBefore) {
        AuthServerProperties properties = new AuthServerProperties("http://canale.test", null, null, null,
                keyEncryptionKey, null, notBefore, null, null);
        return new SigningKeyStore(mongo, new KeyEncryption(properties), properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    private String rawKeys() {
        return mongo.findAll(Document.class, SigningKeyStore.COLLECTION).stream().map(Document::toJson)
                .collect(Collectors.joining("\n"));
    }

    private static List<String> kids(SigningKeys keys) {
        return keys.published().stream().map(key -> key.getKeyID()).toList();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
