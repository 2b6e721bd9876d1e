package io.canale.identity;

import io.canale.security.PartnerRole;
import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in to the portal, always a member of exactly one partner. Invited by an admin, the
 * person becomes ACTIVE by choosing a password through the invitation link.
 */
@Document("users")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "partner_by_email", def = "{'partnerId': 1, 'email': 1, '_id': 1}")
public class UserAccount {

    public enum Status { INVITED, ACTIVE, DEACTIVATED }

    @Id
    private String id;
    @Indexed(unique = true)
    private String email;
    private String displayName;
    private String partnerId;
    private PartnerType partnerType;
    private PartnerRole role;
    private Status status;
    private String passwordHash;
    @Indexed(unique = true, sparse = true)
    private String invitationTokenHash;
    private Instant invitationExpiresAt;
    private String locale;
    private Audit audit;
    @Version
    private Long version;

    protected UserAccount() {
    }

    static UserAccount invite(String email, String displayName, String partnerId, PartnerType partnerType,
            PartnerRole role, String invitationTokenHash, Instant expiresAt, Actor by, Instant at) {
        UserAccount user = new UserAccount();
        user.id = Ids.next("usr");
        user.email = normaliseEmail(email);
        user.displayName = displayName;
        user.partnerId = partnerId;
        user.partnerType = partnerType;
        user.role = role;
        user.status = Status.INVITED;
        user.invitationTokenHash = invitationTokenHash;
        user.invitationExpiresAt = expiresAt;
        user.audit = Audit.createdBy(by, at);
        return user;
    }

    /** An account that can sign in at once; used for seeded demo users. */
    static UserAccount active(String email, String displayName, String partnerId, PartnerType partnerType,
            PartnerRole role, String passwordHash, Actor by, Instant at) {
        UserAccount user = invite(email, displayName, partnerId, partnerType, role, null, null, by, at);
        user.status = Status.ACTIVE;
        user.passwordHash = passwordHash;
        return user;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void acceptInvitation(String passwordHash, Instant at) {
        if (status != Status.INVITED || invitationExpiresAt == null || at.isAfter(invitationExpiresAt)) {
            throw new InvalidInputException("token", UserErrorCode.ILLEGAL_STATE, "the invitation is no longer valid");
        }
        this.passwordHash = passwordHash;
        this.status = Status.ACTIVE;
        this.invitationTokenHash = null;
        this.invitationExpiresAt = null;
        this.audit = audit.changedBy(self(), at);
    }

    /** The person acting on its own account (activating it, choosing a language). */
    private Actor self() {
        return new Actor(email, new ActingPartner(partnerId, partnerType));
    }

    void deactivate(Actor by, Instant at) {
        if (status == Status.DEACTIVATED) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the user is already deactivated");
        }
        status = Status.DEACTIVATED;
        invitationTokenHash = null;
        audit = audit.changedBy(by, at);
    }

    void preferLocale(Locale preferred, Instant at) {
        this.locale = preferred.toLanguageTag();
        this.audit = audit.changedBy(self(), at);
    }

    boolean canSignIn() {
        return status == Status.ACTIVE && passwordHash != null;
    }

    public String id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String partnerId() { return partnerId; }
    public PartnerType partnerType() { return partnerType; }
    public PartnerRole role() { return role; }
    public Status status() { return status; }
    public Locale locale() { return locale == null ? null : Locale.forLanguageTag(locale); }
    public Audit audit() { return audit; }
    public Long version() { return version; }
    String passwordHash() { return passwordHash; }
}
