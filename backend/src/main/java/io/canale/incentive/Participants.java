package io.canale.incentive;

import io.canale.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * Whether a partner takes part in a program: judged by its type, tier and home country (the first country of its
 * territory) as the directory holds them when its lines accrue.
 */
@Component
class Participants {

    private final PartnerDirectory partners;

    Participants(PartnerDirectory partners) {
        this.partners = partners;
    }

    boolean admits(Program program, String partnerId) {
        Program.Eligibility eligibility = program.eligibility();
        boolean typed = eligibility.partnerTypes().isEmpty()
                || eligibility.partnerTypes().stream().anyMatch(type -> partners.isActive(partnerId, type));
        return typed && (eligibility.tiers().isEmpty() || partners.tierOf(partnerId).filter(eligibility.tiers()::contains).isPresent())
                && (eligibility.countries().isEmpty()
                        || partners.homeCountryOf(partnerId).filter(eligibility.countries()::contains).isPresent());
    }
}
