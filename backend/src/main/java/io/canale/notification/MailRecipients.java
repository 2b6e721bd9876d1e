package io.canale.notification;

import io.canale.identity.UserAccount;
import io.canale.identity.UserAccounts;
import io.canale.partner.PartnerDirectory;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who is mailed about a notification: the people of the notified (active) partner who can sign in and read it — asked of the
 * access policy as for the notification list, with the scopes their portal sign-in carries — in their language.
 * Nobody of another partner is ever asked about.
 */
@Component
class MailRecipients {

    /** A person to mail, with the language and preferences to mail it by, and since when it has its account. */
    record Recipient(String email, String name, Locale locale, Caller caller, NotificationPreferences preferences,
            Instant since) {

        boolean wants(NotificationKind kind, NotificationDelivery delivery) {
            return preferences.deliveryOf(kind) == delivery;
        }
    }

    private final UserAccounts accounts;
    private final PartnerDirectory partners;
    private final MailPreferences preferences;
    private final AccessPolicy policy;

    MailRecipients(UserAccounts accounts, PartnerDirectory partners, MailPreferences preferences, AccessPolicy policy) {
        this.accounts = accounts;
        this.partners = partners;
        this.preferences = preferences;
        this.policy = policy;
    }

    /** Looks up each partner's people once for a run of the mailer. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<String, List<Recipient>> people = new HashMap<>();

        /**
         * The partner's people who read notifications of this kind and chose this delivery for it, of those who had their
         * account at the change (a newcomer is not mailed about what happened before it joined, also when the feed is read
         * again).
         */
        List<Recipient> of(String partnerId, NotificationKind kind, NotificationDelivery delivery, Instant at) {
            return peopleOf(partnerId).stream()
                    .filter(person -> person.since() == null || !person.since().isAfter(at))
                    .filter(person -> policy.readsNotificationsOf(person.caller(), partnerId)
                            && policy.readsNotificationsUnder(person.caller(), kind.readScope()))
                    .filter(person -> person.wants(kind, delivery))
                    .toList();
        }

        private List<Recipient> peopleOf(String partnerId) {
            return people.computeIfAbsent(partnerId, id -> {
                List<UserAccount> active = accounts.activeOf(id);
                if (active.isEmpty() || !partners.isActive(id, active.getFirst().partnerType())) {
                    return List.of(); // people of a deactivated partner cannot sign in; they are not mailed either
                }
                Map<String, NotificationPreferences> chosen = preferences.ofPeople(active.stream().map(UserAccount::email).toList());
                Locale partnerLanguage = partners.homeCountryOf(id).filter("IT"::equalsIgnoreCase).isPresent()
                        ? Locale.ITALIAN : Locale.ENGLISH;
                return active.stream().map(user -> new Recipient(user.email(), user.displayName(),
                        languageOf(user, partnerLanguage),
                        Caller.person(user.email(), user.partnerId(), user.partnerType(), user.role()),
                        chosen.getOrDefault(user.email(), NotificationPreferences.none(user.email())),
                        user.audit() == null ? null : user.audit().createdAt())).toList();
            });
        }
    }

    /** The person's chosen language (Italian or English), else its partner's country's: Italian in Italy, else English. */
    static Locale languageOf(UserAccount user, Locale partnerLanguage) {
        Locale chosen = user.locale();
        if (chosen != null && chosen.getLanguage().equals("it")) {
            return Locale.ITALIAN;
        }
        if (chosen != null && chosen.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        return partnerLanguage;
    }
}
