package io.canale.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The token signing keys, kept in MongoDB so tokens survive restarts and every backend node signs with the same
 * keys; the private half only encrypted ({@link KeyEncryption}). One document per key generation, numbered from
 * 1: the number is the document's id, so when several nodes decide at once that a new key is due, one insert
 * wins and the others read the winner's key.
 * <p>
 * Rotation: once the newest key is {@code canale.auth.signing-key-rotation} old (or older than
 * {@code canale.auth.signing-key-not-before}), a new key is stored. It is published in the JWKS at once and
 * signs from {@link #activationDelay two refresh intervals} later, when every node has loaded it. The key it
 * replaces stays published until the last token it signed has expired, then it is deleted.
 */
@Component
class SigningKeyStore {

    static final String COLLECTION = "signing_keys";
    /** The ID tokens' lifetime, fixed by Spring Authorization Server's JwtGenerator. */
    static final Duration ID_TOKEN_TTL = Duration.ofMinutes(30);
    /** The clock skew the resource server tolerates (JwtTimestampValidator's default). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** The single key of versions before encryption, stored in clear under this id. */
    private static final String CLEAR_KEY_ID = "current";
    /** The generation that key gets once encrypted: before every key this version creates. */
    private static final int MIGRATED = 0;

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final MongoOperations mongo;
    private final KeyEncryption encryption;
    private final AuthServerProperties properties;
    private final Clock clock;

    SigningKeyStore(MongoOperations mongo, KeyEncryption encryption, AuthServerProperties properties, Clock clock) {
        this.mongo = mongo;
        this.encryption = encryption;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Brings the stored keys up to date — encrypts a key an older version stored in clear, creates the first key
     * or the next one when rotation is due, deletes keys whose tokens have all expired — and returns them.
     * Every node may run it at any time.
     */
    SigningKeys refresh() {
        Instant now = clock.instant();
        encryptKeyStoredInClear(now);
        List<Document> stored = storedKeys();
        // A key this node cannot decrypt refuses before anything is written: never a new key beside it.
        stored.forEach(this::decrypt);
        if (stored.isEmpty()) {
            insert(1, now, now);
            stored = storedKeys();
        } else if (rotationDue(stored.getLast(), now)) {
            int next = stored.getLast().getInteger("_id") + 1;
            insert(next, now, now.plus(activationDelay()));
            log.info("New token signing key (generation {}); it signs from {}", next, now.plus(activationDelay()));
            stored = storedKeys();
        }
        return new SigningKeys(withoutExpired(stored, now).stream().map(this::decrypt).toList());
    }

    /** Long enough for every node to load (and publish) a new key before any node signs with it. */
    Duration activationDelay() {
        return properties.signingKeyRefresh().multipliedBy(2);
    }

    /** How long a replaced key stays published: the longest lifetime of a token it may have signed. */
    Duration retention() {
        Duration tokens = properties.accessTokenTtl().compareTo(ID_TOKEN_TTL) > 0 ? properties.accessTokenTtl() : ID_TOKEN_TTL;
        return tokens.plus(CLOCK_SKEW);
    }

    private boolean rotationDue(Document newest, Instant now) {
        Instant created = newest.getDate("createdAt").toInstant();
        Instant notBefore = properties.signingKeyNotBefore();
        return !created.plus(properties.signingKeyRotation()).isAfter(now)
                || notBefore != null && !notBefore.isAfter(now) && created.isBefore(notBefore);
    }

    /** The stored keys, oldest first. */
    private List<Document> storedKeys() {
        List<Document> keys = new ArrayList<>(mongo.find(Query.query(Criteria.where("encryptedJwk").exists(true)),
                Document.class, COLLECTION));
        keys.sort(Comparator.comparing(key -> key.getInteger("_id")));
        return keys;
    }

    /** Deletes each key whose successor has signed for longer than any token lives; returns the others. */
    private List<Document> withoutExpired(List<Document> stored, Instant now) {
        List<Document> kept = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Document key = stored.get(i);
            boolean expired = i + 1 < stored.size()
                    && !stored.get(i + 1).getDate("activatesAt").toInstant().plus(retention()).isAfter(now);
            if (expired) {
                mongo.remove(Query.query(Criteria.where("_id").is(key.get("_id"))), COLLECTION);
                log.info("Token signing key {} deleted: every token it signed has expired", key.getString("kid"));
            } else {
                kept.add(key);
            }
        }
        return kept;
    }

    private void insert(int generation, Instant createdAt, Instant activatesAt) {
        store(generation, generate(), createdAt, activatesAt);
    }

    private void store(int generation, RSAKey key, Instant createdAt, Instant activatesAt) {
        Document document = new Document("_id", generation)
                .append("kid", key.getKeyID())
                .append("createdAt", Date.from(createdAt))
                .append("activatesAt", Date.from(activatesAt))
                .append("publicJwk", key.toPublicJWK().toJSONString())
                .append("encryptedJwk", encryption.encrypt(key.toJSONString()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException anotherNodeWon) {
            // the other node's key of this generation is used
        }
    }

    /**
     * The key an older version stored in clear is encrypted and signs on as generation 0 (its age counts from
     * now); then the clear copy is deleted. Run twice, or by two nodes at once, it stores the key once.
     */
    private void encryptKeyStoredInClear(Instant now) {
        Document clear = mongo.findOne(Query.query(Criteria.where("_id").is(CLEAR_KEY_ID)), Document.class, COLLECTION);
        if (clear == null) {
            return;
        }
        store(MIGRATED, parse(clear.getString("jwk"), CLEAR_KEY_ID), now, now);
        mongo.remove(Query.query(Criteria.where("_id").is(CLEAR_KEY_ID)), COLLECTION);
        log.info("The token signing key stored in clear by an older version is now stored encrypted");
    }

    private SigningKey decrypt(Document stored) {
        String kid = stored.getString("kid");
        RSAKey key = parse(encryption.decrypt(stored.getString("encryptedJwk"), kid), kid);
        RSAKey published = parse(stored.getString("publicJwk"), kid);
        try {
            if (!kid.equals(key.getKeyID()) || !key.computeThumbprint().equals(published.computeThumbprint())) {
                throw KeyEncryptionKeyRefused.wrong(kid);
            }
        } catch (JOSEException ex) {
            throw new IllegalStateException("Cannot check the signing key " + kid, ex);
        }
        return new SigningKey(key, stored.getDate("activatesAt").toInstant());
    }

    private static RSAKey parse(String json, String kid) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException ex) {
            throw new IllegalStateException("The stored signing key " + kid + " is unreadable", ex);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate a signing key", ex);
        }
    }
}
