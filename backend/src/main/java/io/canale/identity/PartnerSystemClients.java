package io.canale.identity;

import io.canale.security.Caller;
import io.canale.security.Scopes;
import io.canale.shared.Actor;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import io.canale.shared.Versions;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Partner systems' OAuth clients: created with a secret shown once, rotated, revoked. Their scopes never
 * exceed what a partner system of the partner's type may hold.
 */
@Service
public class PartnerSystemClients {

    private final PartnerSystemClientRepository clients;
    private final MongoOperations mongo;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PartnerSystemClients(PartnerSystemClientRepository clients, MongoOperations mongo,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.clients = clients;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A client together with its plain secret, which is not stored and cannot be shown again. */
    public record IssuedSecret(PartnerSystemClient client, String secret) {
    }

    public IssuedSecret create(String partnerId, PartnerType partnerType, String name, List<String> scopes, Caller by) {
        UserErrors errors = new UserErrors().requireText("input.name", name, 80);
        Set<String> granted = checkScopes(partnerType, scopes, errors);
        errors.throwIfAny();
        String secret = Secrets.randomToken();
        String clientId = "ps-" + Secrets.randomToken().substring(0, 16).toLowerCase();
        PartnerSystemClient client = PartnerSystemClient.create(clientId, name.strip(), partnerId, partnerType,
                granted, passwordEncoder.encode(secret), by.actor(), clock.instant());
        return new IssuedSecret(clients.insert(client), secret);
    }

    public IssuedSecret rotateSecret(String id, String partnerId, Integer expectedVersion, Caller by) {
        PartnerSystemClient client = ofPartner(id, partnerId);
        Versions.expect(expectedVersion, client.version());
        String secret = Secrets.randomToken();
        client.rotateSecret(passwordEncoder.encode(secret), by.actor(), clock.instant());
        return new IssuedSecret(clients.save(client), secret);
    }

    public PartnerSystemClient revoke(String id, String partnerId, Integer expectedVersion, Caller by) {
        PartnerSystemClient client = ofPartner(id, partnerId);
        Versions.expect(expectedVersion, client.version());
        client.revoke(by.actor(), clock.instant());
        return clients.save(client);
    }

    public Window<PartnerSystemClient> ofPartner(String partnerId, ScrollSubrange page) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId));
        return Pages.scroll(mongo, query, Sort.by("clientId"), page, PartnerSystemClient.class);
    }

    public Optional<PartnerSystemClient> findByClientId(String clientId) {
        return clients.findByClientId(clientId);
    }

    /** The name staff gave a partner system (e.g. "Rossi Auto DMS"), revoked ones too; empty for an unknown client id. */
    public Optional<String> nameOf(String clientId) {
        return clients.findByClientId(clientId).map(PartnerSystemClient::name);
    }

    /** Creates a client with a known id and secret once; for seeding demo data. */
    public PartnerSystemClient ensure(String clientId, String name, String partnerId, PartnerType partnerType,
            String rawSecret) {
        return clients.findByClientId(clientId).orElseGet(() -> clients.insert(PartnerSystemClient.create(clientId,
                name, partnerId, partnerType, Scopes.forPartnerSystem(partnerType), passwordEncoder.encode(rawSecret),
                Actor.platform("seed"), clock.instant())));
    }

    /** Whether the client is active and still authenticates with this secret. */
    public boolean authenticatesWith(String clientId, String rawSecret) {
        return clients.findByClientId(clientId).filter(client -> client.status() == PartnerSystemClient.Status.ACTIVE)
                .map(client -> passwordEncoder.matches(rawSecret, client.secretHash())).orElse(false);
    }

    private PartnerSystemClient ofPartner(String id, String partnerId) {
        return clients.findById(id).filter(client -> client.partnerId().equals(partnerId))
                .orElseThrow(() -> new NotFoundException("client"));
    }

    private static Set<String> checkScopes(PartnerType partnerType, List<String> requested, UserErrors errors) {
        Set<String> allowed = Scopes.forPartnerSystem(partnerType);
        if (requested == null || requested.isEmpty()) {
            errors.add("input.scopes", UserErrorCode.REQUIRED, "choose at least one scope");
            return Set.of();
        }
        Set<String> granted = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String scope = requested.get(i);
            if (allowed.contains(scope)) {
                granted.add(scope);
            } else {
                errors.add("input.scopes." + i, UserErrorCode.NOT_ALLOWED,
                        "a " + partnerType.name().toLowerCase() + " system may not hold " + scope);
            }
        }
        return granted;
    }
}
