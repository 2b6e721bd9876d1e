package io.canale.demo;

import io.canale.identity.PartnerSystemClients;
import io.canale.identity.UserAccounts;
import io.canale.partner.Contact;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerTier;
import io.canale.partner.Territory;
import io.canale.security.PartnerRole;
import io.canale.shared.PartnerType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo channel once. Every record has a fixed id or unique key and is only inserted when
 * missing, so restarting keeps the data and whatever users changed.
 *
 * <p>DEMO CREDENTIALS: the password and secret below are public, documented in the README, and exist only
 * in the {@code demo} profile.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(1)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "canale-demo";
    static final String DEMO_CLIENT_SECRET = "canale-demo-secret";
    static final String MANUFACTURER = "ptn_canale";
    static final String ROSSI = "ptn_rossi_auto";
    static final String BIANCHI = "ptn_bianchi_moto";
    static final String FERRI = "ptn_ferri_componenti";
    static final String GALLO = "ptn_gallo_ricambi";
    static final String VELOCE = "ptn_veloce_logistica";
    /** The demo logins and partner-system clients, whose public credentials must not outlive the profile. */
    static final List<String> LOGINS = List.of("staff@canale.demo", "dealer@canale.demo", "dealer2@canale.demo",
            "supplier@canale.demo", "supplier2@canale.demo", "carrier@canale.demo");
    static final List<String> CLIENTS = List.of("dealer-system", "dealer2-system", "supplier-system", "carrier-system");
    /** Extra dealers so that the directory has several pages. */
    static final int EXTRA_DEALERS = 40;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PartnerDirectory partners;
    private final UserAccounts users;
    private final PartnerSystemClients clients;

    DemoData(PartnerDirectory partners, UserAccounts users, PartnerSystemClients clients) {
        this.partners = partners;
        this.users = users;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedPartners();
        seedPeople();
        seedPartnerSystems();
        log.info("Demo data ready: sign in as staff@canale.demo / {} (see README for all demo logins)", DEMO_PASSWORD);
    }

    private void seedPartners() {
        partners.ensure(MANUFACTURER, PartnerType.MANUFACTURER, "Canale Manifattura S.p.A.", PartnerTier.PLATINUM,
                territory(List.of("IT"), List.of("Veneto")), List.of(new Contact("Giulia Conti",
                        "channel@canale.demo", "+39 041 555 0100", "Channel manager")));
        partners.ensure(ROSSI, PartnerType.DEALER, "Rossi Auto", PartnerTier.GOLD,
                territory(List.of("IT"), List.of("Lombardia")), List.of(new Contact("Marco Rossi",
                        "marco.rossi@rossi-auto.demo", "+39 02 555 0101", "Owner")));
        partners.ensure(BIANCHI, PartnerType.DEALER, "Bianchi Moto", PartnerTier.SILVER,
                territory(List.of("IT"), List.of("Piemonte")), List.of(new Contact("Anna Bianchi",
                        "anna@bianchi-moto.demo", "+39 011 555 0102", "Sales manager")));
        partners.ensure(FERRI, PartnerType.SUPPLIER, "Ferri Componenti", PartnerTier.STANDARD,
                territory(List.of("IT"), List.of("Emilia-Romagna")), List.of(new Contact("Paolo Ferri",
                        "paolo@ferri-componenti.demo", "+39 051 555 0103", "Key account")));
        partners.ensure(GALLO, PartnerType.SUPPLIER, "Gallo Ricambi", PartnerTier.STANDARD,
                territory(List.of("IT"), List.of("Toscana")), List.of(new Contact("Sara Gallo",
                        "sara@gallo-ricambi.demo", "+39 055 555 0104", "Order desk")));
        partners.ensure(VELOCE, PartnerType.CARRIER, "Veloce Logistica", PartnerTier.STANDARD,
                territory(List.of("IT", "CH"), List.of()), List.of(new Contact("Luca Moretti",
                        "dispatch@veloce-logistica.demo", "+39 045 555 0105", "Dispatch")));
        // Where carriers pick the suppliers' goods up (the shipment board shows it).
        partners.ensureAddress(FERRI, new io.canale.partner.PartnerAddress("Via dell'Industria 14", "40138", "Bologna", "IT"));
        partners.ensureAddress(GALLO, new io.canale.partner.PartnerAddress("Viale Europa 220", "50126", "Firenze", "IT"));
        String[] regions = {"Lazio", "Campania", "Puglia", "Sicilia", "Veneto", "Liguria", "Marche", "Umbria"};
        for (int i = 1; i <= EXTRA_DEALERS; i++) {
            String number = String.format("%02d", i);
            partners.ensure("ptn_dealer_" + number, PartnerType.DEALER, "Concessionaria Demo " + number,
                    PartnerTier.values()[i % PartnerTier.values().length],
                    territory(List.of("IT"), List.of(regions[i % regions.length])), List.of());
        }
    }

    private void seedPeople() {
        users.ensureActive("staff@canale.demo", "Giulia Conti", MANUFACTURER, PartnerType.MANUFACTURER,
                PartnerRole.ADMIN, DEMO_PASSWORD);
        users.ensureActive("dealer@canale.demo", "Marco Rossi", ROSSI, PartnerType.DEALER, PartnerRole.ADMIN,
                DEMO_PASSWORD);
        users.ensureActive("dealer2@canale.demo", "Anna Bianchi", BIANCHI, PartnerType.DEALER, PartnerRole.ADMIN,
                DEMO_PASSWORD);
        users.ensureActive("supplier@canale.demo", "Paolo Ferri", FERRI, PartnerType.SUPPLIER, PartnerRole.ADMIN,
                DEMO_PASSWORD);
        users.ensureActive("supplier2@canale.demo", "Sara Gallo", GALLO, PartnerType.SUPPLIER, PartnerRole.ADMIN,
                DEMO_PASSWORD);
        users.ensureActive("carrier@canale.demo", "Luca Moretti", VELOCE, PartnerType.CARRIER, PartnerRole.ADMIN,
                DEMO_PASSWORD);
    }

    private void seedPartnerSystems() {
        clients.ensure("dealer-system", "Rossi Auto DMS", ROSSI, PartnerType.DEALER, DEMO_CLIENT_SECRET);
        clients.ensure("dealer2-system", "Bianchi Moto DMS", BIANCHI, PartnerType.DEALER, DEMO_CLIENT_SECRET);
        clients.ensure("supplier-system", "Ferri ERP", FERRI, PartnerType.SUPPLIER, DEMO_CLIENT_SECRET);
        clients.ensure("carrier-system", "Veloce TMS", VELOCE, PartnerType.CARRIER, DEMO_CLIENT_SECRET);
    }

    private static Territory territory(List<String> countries, List<String> regions) {
        return new Territory(countries, regions);
    }
}
