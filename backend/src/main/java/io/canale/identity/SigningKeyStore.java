package io.canale.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The token signing key, generated once and kept in MongoDB so tokens survive restarts and every backend
 * node signs with the same key. The first node to start inserts it; the others read the winner's key.
 */
@Component
class SigningKeyStore {

    static final String COLLECTION = "signing_keys";
    private static final String CURRENT = "current";

    private final MongoOperations mongo;

    SigningKeyStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    JWKSet load() {
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(CURRENT)), Document.class, COLLECTION);
        if (stored == null) {
            stored = insertNewKey();
        }
        try {
            return new JWKSet(RSAKey.parse(stored.getString("jwk")));
        } catch (ParseException ex) {
            throw new IllegalStateException("The stored signing key is unreadable", ex);
        }
    }

    private Document insertNewKey() {
        Document key = new Document("_id", CURRENT).append("jwk", generate().toJSONString());
        try {
            mongo.insert(key, COLLECTION);
            return key;
        } catch (DuplicateKeyException anotherNodeWon) {
            return mongo.findOne(Query.query(Criteria.where("_id").is(CURRENT)), Document.class, COLLECTION);
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
