package io.canale.webhook;

import io.canale.change.ReadableChanges;
import io.canale.identity.SealedSecrets;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.security.Facts;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Registering and managing a partner's webhook endpoints, as {@link AccessPolicy#manageWebhooks} allows. A new
 * endpoint starts after the feed's newest change; its secret is answered once and stored sealed.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(WebhookProperties.class)
class WebhookEndpoints {

    static final int MAX_DESCRIPTION = 200;

    /** A new endpoint or secret, with the secret shown this once. */
    record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final EndpointAddresses addresses;
    private final SealedSecrets sealed;
    private final ReadableChanges changes;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookEndpoints(MongoOperations mongo, AccessPolicy policy, EndpointAddresses addresses, SealedSecrets sealed,
            ReadableChanges changes, WebhookProperties properties, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.addresses = addresses;
        this.sealed = sealed;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    WithSecret register(Caller caller, String url, List<String> recordTypes, String description) {
        policy.manageWebhooks(caller, new Facts.WebhookEndpoint(caller.partnerId())).enforce();
        UserErrors errors = new UserErrors();
        addresses.check(errors, "input.url", url);
        List<String> types = recordTypes == null ? List.of() : List.copyOf(new LinkedHashSet<>(recordTypes));
        if (types.isEmpty()) {
            errors.add("input.recordTypes", UserErrorCode.REQUIRED, "name at least one kind of record");
        } else if (!ReadableChanges.recordTypes().containsAll(types)) {
            errors.add("input.recordTypes", UserErrorCode.INVALID, "names an unknown kind of record");
        }
        errors.maxLength("input.description", description, MAX_DESCRIPTION);
        if (mongo.count(Query.query(Criteria.where("partnerId").is(caller.partnerId())), WebhookEndpoint.class)
                >= properties.endpointsPerPartner()) {
            errors.add("input", UserErrorCode.TOO_MANY, "a partner may register at most " + properties.endpointsPerPartner()
                    + " endpoints; delete one first");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        byte[] secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(Ids.next("whk"), caller.partnerId(), policy.webhookReader(caller),
                url.strip(), description == null ? "" : description.strip(), types, WebhookEndpoint.Status.ACTIVE,
                List.of(new WebhookEndpoint.Secret(sealed.seal(secret), now, null)), changes.head(), 0, now, null, null,
                List.of(), now, caller.subject(), 0);
        return new WithSecret(mongo.insert(endpoint), WebhookSignature.shown(secret));
    }

    Actions.WebhookEndpoint actions(Caller caller, WebhookEndpoint endpoint) {
        return policy.webhookActions(caller, endpoint.facts());
    }

    List<WebhookEndpoint> list(Caller caller, String partnerId) {
        String owner = partnerId == null ? caller.partnerId() : partnerId;
        policy.manageWebhooks(caller, new Facts.WebhookEndpoint(owner)).enforce();
        return mongo.find(Query.query(Criteria.where("partnerId").is(owner)).with(Sort.by("createdAt", "_id")),
                WebhookEndpoint.class);
    }

    Optional<WebhookEndpoint> find(Caller caller, String id) {
        try {
            return Optional.of(managed(caller, id));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    /** A new secret; the one it replaces keeps signing for {@code canale.webhooks.secret-overlap}. */
    WithSecret rotateSecret(Caller caller, String id) {
        WebhookEndpoint endpoint = managed(caller, id);
        Instant now = clock.instant();
        byte[] secret = WebhookSignature.newSecret();
        List<WebhookEndpoint.Secret> secrets = new ArrayList<>();
        for (WebhookEndpoint.Secret kept : endpoint.secrets()) {
            if (kept.expiresAt() == null) {
                secrets.add(new WebhookEndpoint.Secret(kept.sealed(), kept.createdAt(), now.plus(properties.secretOverlap())));
            } else if (kept.expiresAt().isAfter(now)) {
                secrets.add(kept);
            }
        }
        secrets.add(new WebhookEndpoint.Secret(sealed.seal(secret), now, null));
        return new WithSecret(change(endpoint, new Update().set("secrets", secrets)), WebhookSignature.shown(secret));
    }

    WebhookEndpoint disable(Caller caller, String id) {
        WebhookEndpoint endpoint = managed(caller, id);
        policy.disableWebhook(caller, endpoint.facts()).enforce("input.id");
        return change(endpoint, new Update().set("status", WebhookEndpoint.Status.DISABLED));
    }

    /** Active again, also after FAILING: the change that failed is tried again at once. */
    WebhookEndpoint enable(Caller caller, String id) {
        WebhookEndpoint endpoint = managed(caller, id);
        policy.enableWebhook(caller, endpoint.facts()).enforce("input.id");
        return change(endpoint, new Update().set("status", WebhookEndpoint.Status.ACTIVE).set("failures", 0)
                .set("nextAttemptAt", clock.instant()));
    }

    WebhookEndpoint delete(Caller caller, String id) {
        WebhookEndpoint endpoint = managed(caller, id);
        mongo.remove(Query.query(Criteria.where("_id").is(endpoint.id())), WebhookEndpoint.class);
        return endpoint;
    }

    /**
     * Delivers again from {@code fromSequence} on (the changes still in the feed), also when FAILING; a DISABLED
     * endpoint stays disabled until enabled.
     */
    WebhookEndpoint replay(Caller caller, String id, String fromSequence) {
        long from;
        try {
            from = Long.parseLong(fromSequence == null ? "" : fromSequence.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidInputException("input.fromSequence", UserErrorCode.INVALID, "must be a change's sequence, e.g. 1234");
        }
        if (from < 1) {
            throw new InvalidInputException("input.fromSequence", UserErrorCode.INVALID, "must be a change's sequence, e.g. 1234");
        }
        WebhookEndpoint endpoint = managed(caller, id);
        Update update = new Update().set("cursor", from - 1).set("failures", 0).set("nextAttemptAt", clock.instant());
        if (endpoint.status() == WebhookEndpoint.Status.FAILING) {
            update.set("status", WebhookEndpoint.Status.ACTIVE);
        }
        return change(endpoint, update);
    }

    private WebhookEndpoint managed(Caller caller, String id) {
        policy.manageWebhooks(caller, new Facts.WebhookEndpoint(caller.partnerId())).enforce();
        WebhookEndpoint endpoint = id == null ? null : mongo.findById(id, WebhookEndpoint.class);
        if (endpoint == null) {
            throw new NotFoundException("webhook endpoint");
        }
        policy.manageWebhooks(caller, endpoint.facts()).enforce("input.id");
        return endpoint;
    }

    /** Applies an admin's change; a delivery in flight then fails its version check and delivers again. */
    private WebhookEndpoint change(WebhookEndpoint endpoint, Update update) {
        WebhookEndpoint changed = mongo.findAndModify(Query.query(Criteria.where("_id").is(endpoint.id())),
                update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), WebhookEndpoint.class);
        if (changed == null) {
            throw new NotFoundException("webhook endpoint");
        }
        return changed;
    }
}
