package io.canale.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps OAuth2 authorizations (codes, access, refresh and ID tokens) in MongoDB, one document each, so
 * that sign-ins and refresh tokens survive restarts and are shared by all backend nodes. Attributes and
 * token metadata are stored as JSON written by Spring Security's own Jackson modules, as its JDBC store does.
 * <p>
 * Tokens and codes are stored only as SHA-256 hashes and looked up by the hash of the value presented, so a
 * copy of the database holds nothing that can be used as a token. A fast unsalted hash is enough here: every
 * value is a random 256-bit secret or a signed JWT, so there is nothing to guess or to precompute. A token read
 * back carries the value that was presented for it; the others carry a {@link #HASHED} placeholder that is
 * never a usable token and is stored as it is when the authorization is saved again.
 */
@Component
class MongoAuthorizationService implements OAuth2AuthorizationService {

    static final String COLLECTION = "oauth_authorizations";
    /** How long an authorization without tokens (a sign-in in progress) is kept. */
    private static final Duration PENDING_TTL = Duration.ofHours(1);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Prefix of the placeholder value of a token read back without its value (only its hash is stored). */
    static final String HASHED = "sha256:";

    private enum Kind {
        CODE("authorizationCode", OAuth2AuthorizationCode.class),
        ACCESS("accessToken", OAuth2AccessToken.class),
        REFRESH("refreshToken", OAuth2RefreshToken.class),
        ID("idToken", OidcIdToken.class);

        final String field;
        final Class<? extends AbstractOAuth2Token> type;

        Kind(String field, Class<? extends AbstractOAuth2Token> type) {
            this.field = field;
            this.type = type;
        }

        String hashPath() {
            return "tokens." + field + ".hash";
        }

        /** Where versions before hashing kept the token as issued. */
        String clearValuePath() {
            return "tokens." + field + ".value";
        }
    }

    private final MongoOperations mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final JsonMapper json;

    MongoAuthorizationService(MongoOperations mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
        ClassLoader loader = MongoAuthorizationService.class.getClassLoader();
        this.json = JsonMapper.builder().addModules(SecurityJacksonModules.getModules(loader)).build();
    }

    /** Token lookups and the purge must not scan the collection on a real MongoDB. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        hashTokensStoredInClear();
        var indexes = mongo.indexOps(COLLECTION);
        for (Kind kind : Kind.values()) {
            indexes.createIndex(new Index(kind.hashPath(),
                    Sort.Direction.ASC).sparse());
            String clearIndex = kind.clearValuePath() + "_1";
            if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(clearIndex))) {
                indexes.dropIndex(clearIndex);
            }
        }
        indexes.createIndex(new Index("state",
                Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index("expiresAt",
                Sort.Direction.ASC));
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Document document = toDocument(authorization);
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", authorization.getId()), document,
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(byId(authorization.getId()), COLLECTION);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return fromDocument(mongo.findOne(byId(id), Document.class, COLLECTION), null);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = Secrets.sha256(token);
        Criteria criteria;
        if (tokenType == null) {
            List<Criteria> any = new ArrayList<>();
            any.add(Criteria.where("state").is(token));
            for (Kind kind : Kind.values()) {
                any.add(Criteria.where(kind.hashPath()).is(hash));
            }
            criteria = new Criteria().orOperator(any);
        } else {
            criteria = switch (tokenType.getValue()) {
                case OAuth2ParameterNames.STATE -> Criteria.where("state").is(token);
                case OAuth2ParameterNames.CODE -> Criteria.where(Kind.CODE.hashPath()).is(hash);
                case OAuth2ParameterNames.ACCESS_TOKEN -> Criteria.where(Kind.ACCESS.hashPath()).is(hash);
                case OAuth2ParameterNames.REFRESH_TOKEN -> Criteria.where(Kind.REFRESH.hashPath()).is(hash);
                case OidcParameterNames.ID_TOKEN -> Criteria.where(Kind.ID.hashPath()).is(hash);
                default -> null;
            };
            if (criteria == null) {
                return null;
            }
        }
        return fromDocument(mongo.findOne(Query.query(criteria), Document.class, COLLECTION), token);
    }

    /** Deletes authorizations whose every token has expired; returns how many. */
    long purgeExpired() {
        Query expired = Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant())));
        return mongo.remove(expired, COLLECTION).getDeletedCount();
    }

    /**
     * Versions before hashing stored tokens as issued: those are replaced by their hashes at start, so nobody
     * has to sign in again and no clear token stays behind. Idempotent, so every node may run it.
     */
    private void hashTokensStoredInClear() {
        List<Criteria> clear = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            clear.add(Criteria.where(kind.clearValuePath()).exists(true));
        }
        Query query = Query.query(new Criteria().orOperator(clear));
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            Document tokens = document.get("tokens", Document.class);
            for (Kind kind : Kind.values()) {
                Document stored = tokens.get(kind.field, Document.class);
                if (stored != null && stored.get("value") != null) {
                    stored.append("hash", Secrets.sha256(stored.getString("value"))).remove("value");
                }
            }
            mongo.getCollection(COLLECTION).replaceOne(new Document("_id", document.get("_id")), document);
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private Document toDocument(OAuth2Authorization authorization) {
        Document tokens = new Document();
        Instant expiresAt = clock.instant().plus(PENDING_TTL);
        for (Kind kind : Kind.values()) {
            OAuth2Authorization.Token<? extends AbstractOAuth2Token> token = authorization.getToken(kind.type);
            if (token == null) {
                continue;
            }
            AbstractOAuth2Token value = token.getToken();
            Document stored = new Document("hash", hashOf(value.getTokenValue()))
                    .append("issuedAt", date(value.getIssuedAt()))
                    .append("expiresAt", date(value.getExpiresAt()))
                    .append("metadata", json.writeValueAsString(token.getMetadata()));
            if (value instanceof OAuth2AccessToken access) {
                stored.append("scopes", new ArrayList<>(access.getScopes()));
            }
            tokens.append(kind.field, stored);
            if (value.getExpiresAt() != null && value.getExpiresAt().isAfter(expiresAt)) {
                expiresAt = value.getExpiresAt();
            }
        }
        return new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("grantType", authorization.getAuthorizationGrantType().getValue())
                .append("scopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("attributes", json.writeValueAsString(authorization.getAttributes()))
                .append("state", authorization.getAttribute(OAuth2ParameterNames.STATE))
                .append("tokens", tokens)
                .append("expiresAt", Date.from(expiresAt));
    }

    /** A token read back from the store is kept as its stored hash; any other value is hashed now. */
    private static String hashOf(String tokenValue) {
        return tokenValue.startsWith(HASHED) ? tokenValue.substring(HASHED.length()) : Secrets.sha256(tokenValue);
    }

    /**
     * @param presented the token the caller presented to find this authorization: the token it matches gets
     *         that value back, so the authorization server can find it by value (revocation, introspection)
     */
    private OAuth2Authorization fromDocument(Document document, String presented) {
        if (document == null) {
            return null;
        }
        RegisteredClient client = clients.findById(document.getString("registeredClientId"));
        if (client == null) {
            return null; // the client was revoked or its partner deactivated: its tokens are void
        }
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(document.getString("_id"))
                .principalName(document.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(document.getString("grantType")))
                .authorizedScopes(new HashSet<>(document.getList("scopes", String.class)))
                .attributes(attributes -> attributes.putAll(json.readValue(document.getString("attributes"), MAP)));
        Document tokens = document.get("tokens", Document.class);
        for (Kind kind : Kind.values()) {
            Document stored = tokens.get(kind.field, Document.class);
            if (stored == null) {
                continue;
            }
            Map<String, Object> metadata = new LinkedHashMap<>(json.readValue(stored.getString("metadata"), MAP));
            builder.token(token(kind, stored, metadata, presented), meta -> meta.putAll(metadata));
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static AbstractOAuth2Token token(Kind kind, Document stored, Map<String, Object> metadata,
            String presented) {
        String hash = stored.getString("hash");
        String value = presented != null && Secrets.sha256(presented).equals(hash) ? presented : HASHED + hash;
        Instant issuedAt = instant(stored.getDate("issuedAt"));
        Instant expiresAt = instant(stored.getDate("expiresAt"));
        return switch (kind) {
            case CODE -> new OAuth2AuthorizationCode(value, issuedAt, expiresAt);
            case ACCESS -> new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, issuedAt, expiresAt,
                    new HashSet<>(stored.getList("scopes", String.class)));
            case REFRESH -> new OAuth2RefreshToken(value, issuedAt, expiresAt);
            case ID -> new OidcIdToken(value, issuedAt, expiresAt,
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME));
        };
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
