package io.canale.catalog;

import io.canale.partner.PartnerTier;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** A small demo catalog from the two demo suppliers and a price list per tier (demo profile only). */
@Component
@Profile("demo")
@Order(3)
class DemoCatalog implements ApplicationRunner {

    private static final Caller SEEDER = new Caller("seed", Caller.Kind.USER, "ptn_canale", PartnerType.MANUFACTURER,
            Set.of(PartnerRole.ADMIN), Set.of(Scopes.CATALOG_WRITE, Scopes.ORDERS_READ));
    /** SKU, Italian name, English name, product line, supplier, base price. */
    private static final String[][] PRODUCTS = {
            {"FRN-PAD-001", "Pastiglie freno anteriori", "Front brake pads", "Ricambi", "ptn_ferri_componenti", "48.00"},
            {"FRN-DSC-002", "Disco freno ventilato", "Ventilated brake disc", "Ricambi", "ptn_ferri_componenti", "96.50"},
            {"FLT-OIL-010", "Filtro olio", "Oil filter", "Ricambi", "ptn_ferri_componenti", "12.90"},
            {"BAT-12V-070", "Batteria 12V 70Ah", "12V 70Ah battery", "Elettrico", "ptn_gallo_ricambi", "139.00"},
            {"LMP-LED-H7", "Lampada LED H7", "H7 LED bulb", "Elettrico", "ptn_gallo_ricambi", "24.00"},
            {"TYR-205-55", "Pneumatico 205/55 R16", "Tyre 205/55 R16", "Pneumatici", "ptn_gallo_ricambi", "82.00"}};

    private final Catalog catalog;
    private final MongoOperations mongo;

    DemoCatalog(Catalog catalog, MongoOperations mongo) {
        this.catalog = catalog;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] product : PRODUCTS) {
            catalog.ensureProduct(product[0], product[1], product[2], product[3], product[4]);
        }
        if (mongo.count(new org.springframework.data.mongodb.core.query.Query(), PriceList.class) > 0) {
            return;
        }
        double[] discounts = {1.00, 0.95, 0.90, 0.85};
        for (PartnerTier tier : PartnerTier.values()) {
            List<PriceList.Entry> entries = new ArrayList<>();
            for (String[] product : PRODUCTS) {
                entries.add(new PriceList.Entry(product[0], new BigDecimal(product[5])
                        .multiply(BigDecimal.valueOf(discounts[tier.ordinal()])).setScale(2, java.math.RoundingMode.HALF_EVEN)));
            }
            catalog.publish(SEEDER, "Listino " + tier.name().charAt(0) + tier.name().substring(1).toLowerCase() + " 2026",
                    tier, "EUR", "2026-01-01", null, entries);
        }
    }
}
