package io.canale.partner;

import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import java.time.Instant;
import java.util.List;

/** Partners for unit tests of other features, built through the aggregate's own rules. */
public final class PartnerFixtures {

    private PartnerFixtures() {
    }

    public static Partner dealer(String id, PartnerTier tier, String country, String region) {
        return Partner.register(id, PartnerType.DEALER, new PartnerProfile("Dealer " + id, tier,
                new Territory(List.of(country), region == null ? List.of() : List.of(region)), List.of()), new Actor("test", null),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
