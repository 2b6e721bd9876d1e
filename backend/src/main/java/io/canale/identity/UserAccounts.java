package io.canale.identity;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The people of each partner: invitations, deactivation, preferences. Callers have already asked the
 * {@link AccessPolicy} whether the caller may manage the partner; this class keeps the accounts' own rules.
 */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads no more than 72 bytes of a password; a longer one is refused, never cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccountRepository users;
    private final MongoOperations mongo;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String invitationBaseUrl;
    private final Duration invitationValidity;
    private final InvitationMail mail;

    UserAccounts(UserAccountRepository users, MongoOperations mongo, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${canale.auth.issuer}") String issuer,
            @Value("${canale.auth.invitation-ttl:PT72H}") Duration invitationValidity, InvitationMail mail) {
        this.users = users;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.invitationBaseUrl = issuer + "/invitation?token=";
        this.invitationValidity = invitationValidity;
        this.mail = mail;
    }

    /**
     * An invited account and how its one-time link went out: mailed to {@code sentTo}, or (demo profile without
     * a mail server only) in {@code url}. The other one is null.
     */
    public record Invitation(UserAccount user, String url, String sentTo) {
    }

    public Invitation invite(String partnerId, PartnerType partnerType, String email, String displayName,
            PartnerRole role, Caller by) {
        new UserErrors()
                .requireText("input.email", email, 254)
                .email("input.email", email)
                .requireText("input.displayName", displayName, 120)
                .throwIfAny();
        if (role == null) {
            throw new InvalidInputException("input.role", UserErrorCode.REQUIRED, "must be given");
        }
        if (users.findByEmail(UserAccount.normaliseEmail(email)).isPresent()) {
            throw duplicateEmail();
        }
        InvitationMail.Delivery delivery = mail.delivery();
        String token = Secrets.randomToken();
        Instant now = clock.instant();
        UserAccount user = UserAccount.invite(email, displayName.strip(), partnerId, partnerType, role,
                Secrets.sha256(token), now.plus(invitationValidity), by.actor(), now);
        try {
            user = users.insert(user);
        } catch (DuplicateKeyException raced) {
            throw duplicateEmail();
        }
        if (delivery == InvitationMail.Delivery.ANSWER) {
            return new Invitation(user, invitationBaseUrl + token, null);
        }
        try {
            mail.send(user, invitationBaseUrl + token, invitationValidity);
        } catch (InvalidInputException notSent) {
            users.delete(user); // nobody got the link: the admin may simply invite again
            throw notSent;
        }
        return new Invitation(user, null, user.email());
    }

    public UserAccount deactivate(String userId, String partnerId, Integer expectedVersion, Caller by) {
        UserAccount user = users.findById(userId).filter(found -> found.partnerId().equals(partnerId))
                .orElseThrow(() -> new NotFoundException("user"));
        io.canale.shared.Versions.expect(expectedVersion, user.version());
        if (user.email().equals(by.subject())) {
            throw new InvalidInputException("input.id", UserErrorCode.NOT_ALLOWED, "you cannot deactivate yourself");
        }
        user.deactivate(by.actor(), clock.instant());
        return users.save(user);
    }

    public Window<UserAccount> ofPartner(String partnerId, ScrollSubrange page) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId));
        return Pages.scroll(mongo, query, Sort.by("email"), page, UserAccount.class);
    }

    /** The partner's people who can sign in, by e-mail; for work done for each of them (mailing notifications). */
    public List<UserAccount> activeOf(String partnerId) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId)).with(Sort.by("email"));
        return mongo.find(query, UserAccount.class).stream().filter(UserAccount::canSignIn).toList();
    }

    public Optional<UserAccount> find(String id) {
        return users.findById(id);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(UserAccount.normaliseEmail(email));
    }

    public UserAccount preferLocale(String email, Locale locale) {
        UserAccount user = findByEmail(email).orElseThrow(() -> new NotFoundException("user"));
        user.preferLocale(locale, clock.instant());
        return users.save(user);
    }

    /** Creates an active account once; later calls leave it as it is. For seeding demo data. */
    public UserAccount ensureActive(String email, String displayName, String partnerId, PartnerType partnerType,
            PartnerRole role, String rawPassword) {
        return findByEmail(email).orElseGet(() -> users.insert(UserAccount.active(email, displayName, partnerId,
                partnerType, role, passwordEncoder.encode(rawPassword), Actor.platform("seed"), clock.instant())));
    }

    /** Whether the person can still sign in with this password (an active account whose hash matches it). */
    public boolean signsInWith(String email, String rawPassword) {
        return findByEmail(email).filter(UserAccount::canSignIn)
                .map(user -> passwordEncoder.matches(rawPassword, user.passwordHash())).orElse(false);
    }

    /** Completes an invitation: the invitee's chosen password activates the account. */
    UserAccount acceptInvitation(String token, String password) {
        UserAccount user = users.findByInvitationTokenHash(Secrets.sha256(token))
                .orElseThrow(() -> new InvalidInputException("token", UserErrorCode.NOT_FOUND,
                        "the invitation link is not valid"));
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password", UserErrorCode.INVALID, "choose a password of "
                    + MIN_PASSWORD_LENGTH + " characters to " + MAX_PASSWORD_BYTES + " bytes");
        }
        user.acceptInvitation(passwordEncoder.encode(password), clock.instant());
        return users.save(user);
    }

    private static InvalidInputException duplicateEmail() {
        return new InvalidInputException("input.email", UserErrorCode.DUPLICATE, "a user with this email already exists");
    }
}
