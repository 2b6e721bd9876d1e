package io.canale.archfixture;

import io.canale.security.Caller;
import io.canale.shared.PartnerType;

/** What {@code DecisionsStayInThePolicyTests} must catch: a feature deciding on the caller without the policy. */
public final class DecidesByItself {

    private DecidesByItself() {
    }

    public static boolean pricesShown(Caller caller) {
        return caller.partnerType() == PartnerType.DEALER;
    }
}
