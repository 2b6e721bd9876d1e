package io.canale.incentive;

import io.canale.partner.PartnerTier;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Demo incentive programs, defined as staff define them (demo profile only, each once by its fixed id): a quarterly
 * volume program for every dealer (rebate, retroactive tiers, a SPIFF on batteries) and a yearly growth bonus for Gold
 * dealers only. The demo orders delivered to Rossi accrue in the current quarter through the change feed, as any order
 * does, so the dealer sees earnings, tier progress and the orders behind them.
 */
@Component
@Profile("demo")
@Order(8)
class DemoIncentives implements ApplicationRunner {

    static final String VOLUME = "inc_demo_volume";
    static final String GOLD_GROWTH = "inc_demo_gold_growth";

    private final IncentivePrograms programs;
    private final MongoOperations mongo;
    private final Clock clock;

    DemoIncentives(IncentivePrograms programs, MongoOperations mongo, Clock clock) {
        this.programs = programs;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Caller staff = new Caller("staff@canale.demo", Caller.Kind.USER, "ptn_canale", PartnerType.MANUFACTURER, Set.of(PartnerRole.ADMIN),
                Set.of(Scopes.INCENTIVES_READ, Scopes.INCENTIVES_ADMIN));
        int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        if (mongo.findById(VOLUME, Program.class) == null) {
            programs.define(staff, () -> Program.define(VOLUME, "Ricambi e batterie: premio volumi " + year + "–" + (year + 1), "EUR",
                    year + "-01-01", (year + 1) + "-12-31", Period.Length.QUARTER, Period.Length.QUARTER,
                    new Program.Eligibility(List.of(PartnerType.DEALER), List.of(), List.of("IT")),
                    new Rules(new BigDecimal("2"), new Rules.TierTable(Rules.Measure.VALUE, Rules.Mode.RETROACTIVE, List.of(
                            new Rules.Tier(new BigDecimal("500"), new BigDecimal("1")),
                            new Rules.Tier(new BigDecimal("2500"), new BigDecimal("2.5")),
                            new Rules.Tier(new BigDecimal("6000"), new BigDecimal("4")))),
                            List.of(new Rules.Spiff("BAT-12V-070", new BigDecimal("5.00"))), null, true,
                            List.of("Ricambi", "Elettrico"), List.of()),
                    staff.actor(), clock.instant()));
        }
        if (mongo.findById(GOLD_GROWTH, Program.class) == null) {
            programs.define(staff, () -> Program.define(GOLD_GROWTH, "Crescita Gold " + year, "EUR", year + "-01-01", year + "-12-31",
                    Period.Length.YEAR, Period.Length.YEAR, new Program.Eligibility(List.of(PartnerType.DEALER), List.of(PartnerTier.GOLD),
                            List.of()),
                    new Rules(null, null, List.of(), new BigDecimal("3"), false, List.of(), List.of()), staff.actor(), clock.instant()));
        }
    }
}
