package io.canale.archfixture;

import io.canale.security.Caller;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;

/** What {@code DecisionsStayInThePolicyTests} must catch: a feature deciding on the caller without the policy. */
public final class DecidesByItself {

    private DecidesByItself() {
    }

    public static boolean pricesShown(Caller caller) {
        return caller.partnerType() == PartnerType.DEALER;
    }

    /** Showing a foreign actor's person or partner without asking the policy. */
    public static final class ShowsActorsByItself {

        private ShowsActorsByItself() {
        }

        public static String by(Actor actor) {
            return actor.partner() != null && actor.partner().type() == PartnerType.MANUFACTURER ? "the manufacturer" : actor.subject();
        }
    }
}
