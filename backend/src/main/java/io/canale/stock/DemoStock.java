package io.canale.stock;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo stock levels for the demo catalog, published as the demo suppliers would (demo profile only). The next batches
 * arrive within weeks of the day the demo starts, as real ones would, not in a far-off year.
 */
@Component
@Profile("demo")
@Order(4)
class DemoStock implements ApplicationRunner {

    private final StockSignals stock;
    private final Clock clock;

    DemoStock(StockSignals stock, Clock clock) {
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!stock.levelsOf(List.of("FRN-PAD-001")).isEmpty()) {
            return;
        }
        stock.publish(supplier("ptn_ferri_componenti"), List.of(new StockSignals.Item("FRN-PAD-001", 240, null, null),
                new StockSignals.Item("FRN-DSC-002", 6, 120, inDays(24)), new StockSignals.Item("FLT-OIL-010", 0, 500, inDays(10))));
        stock.publish(supplier("ptn_gallo_ricambi"), List.of(new StockSignals.Item("BAT-12V-070", 35, null, null),
                new StockSignals.Item("LMP-LED-H7", 800, null, null), new StockSignals.Item("TYR-205-55", 9, 64, inDays(45))));
    }

    private String inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days).toString();
    }

    private static Caller supplier(String partnerId) {
        return new Caller("seed", Caller.Kind.USER, partnerId, PartnerType.SUPPLIER, Set.of(PartnerRole.ADMIN),
                Set.of(Scopes.STOCK_WRITE, Scopes.STOCK_READ));
    }
}
