package io.canale.identity;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's own system that calls the API with client credentials. Its secret is stored only as a salted
 * hash; the plain secret is shown once, when created or rotated.
 */
@Document("api_clients")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "partner_by_client", def = "{'partnerId': 1, 'clientId': 1, '_id': 1}")
public class PartnerSystemClient {

    public enum Status { ACTIVE, REVOKED }

    @Id
    private String id;
    @Indexed(unique = true)
    private String clientId;
    private String name;
    private String partnerId;
    private PartnerType partnerType;
    private List<String> scopes;
    private String secretHash;
    private Instant secretIssuedAt;
    private Status status;
    private Audit audit;
    @Version
    private Long version;

    protected PartnerSystemClient() {
    }

    static PartnerSystemClient create(String clientId, String name, String partnerId, PartnerType partnerType,
            Set<String> scopes, String secretHash, Actor by, Instant at) {
        PartnerSystemClient client = new PartnerSystemClient();
        client.id = Ids.next("cli");
        client.clientId = clientId;
        client.name = name;
        client.partnerId = partnerId;
        client.partnerType = partnerType;
        client.scopes = List.copyOf(scopes);
        client.secretHash = secretHash;
        client.secretIssuedAt = at;
        client.status = Status.ACTIVE;
        client.audit = Audit.createdBy(by, at);
        return client;
    }

    void rotateSecret(String newSecretHash, Actor by, Instant at) {
        requireActive();
        secretHash = newSecretHash;
        secretIssuedAt = at;
        audit = audit.changedBy(by, at);
    }

    void revoke(Actor by, Instant at) {
        requireActive();
        status = Status.REVOKED;
        audit = audit.changedBy(by, at);
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the client is revoked");
        }
    }

    public String id() { return id; }
    public String clientId() { return clientId; }
    public String name() { return name; }
    public String partnerId() { return partnerId; }
    public PartnerType partnerType() { return partnerType; }
    public List<String> scopes() { return scopes; }
    public Instant secretIssuedAt() { return secretIssuedAt; }
    public Status status() { return status; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    String secretHash() { return secretHash; }
}
