package io.canale.security;

import io.canale.shared.PartnerType;

/**
 * How the actor of a timeline entry or audit stamp is shown to one reader, as {@link AccessPolicy#actorShownTo}
 * decides: a person only to its own partner's readers and to staff, otherwise its partner, by name only where
 * the reader may know that partner.
 */
public sealed interface ActorView {

    /** The person or partner system itself (email or client id); its partner's type where it was stored. */
    record Person(String subject, PartnerType partnerType) implements ActorView {
    }

    /** The partner it acted for, by name: a partner the reader may know (the manufacturer, by its public name). */
    record NamedPartner(String partnerId, PartnerType partnerType) implements ActorView {
    }

    /** Only the kind of partner it acted for ("a dealer"): a partner the reader may not know. */
    record PartnerOfType(PartnerType partnerType) implements ActorView {
    }

    /** Some other partner: the actor's partner was not stored (entries written before it was). */
    record AnotherPartner() implements ActorView {
    }

    /** The platform itself, by its name ({@code system}, {@code rules}, {@code seed}). */
    record Platform(String name) implements ActorView {
    }
}
