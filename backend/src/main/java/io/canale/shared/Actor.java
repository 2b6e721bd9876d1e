package io.canale.shared;

import java.util.Set;

/**
 * Who did something: the subject of the token (a person's email or a partner system's client id) and the partner
 * it acted for, or the platform itself ({@code system}, {@code rules}, {@code seed}), which acts for no partner.
 * Entries written before the partner was stored have none: {@link #partnerUnknown()}. How an actor is shown to a
 * reader is the access policy's decision ({@code AccessPolicy.actorShownTo}); never show the subject as it is.
 */
public record Actor(String subject, ActingPartner partner) {

    /** The platform's own subjects: automatic work (deadlines, duplicate checks), the routing rules, seeding. */
    public static final Set<String> PLATFORM = Set.of("system", "rules", "seed", "web-form");

    public static final Actor SYSTEM = new Actor("system", null);

    /** The platform acting by itself under one of its {@link #PLATFORM} names. */
    public static Actor platform(String name) {
        if (!PLATFORM.contains(name)) {
            throw new IllegalArgumentException("not a platform actor: " + name);
        }
        return new Actor(name, null);
    }

    /** The platform, not a person or partner system. */
    public boolean isPlatform() {
        return partner == null && PLATFORM.contains(subject);
    }

    /** A person or system whose partner was not stored (entries written before it was): shown with care. */
    public boolean partnerUnknown() {
        return partner == null && !isPlatform();
    }
}
