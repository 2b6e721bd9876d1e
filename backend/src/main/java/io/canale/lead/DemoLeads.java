package io.canale.lead;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo leads (demo profile only), after the demo partners and routing rules exist. Leads are created
 * through the normal path with fixed idempotency keys, so restarts add nothing twice.
 */
@Component
@Profile("demo")
@Order(3)
class DemoLeads implements ApplicationRunner {

    private static final Caller SEEDER = new Caller("seed", Caller.Kind.USER, "ptn_canale", PartnerType.MANUFACTURER,
            Set.of(PartnerRole.ADMIN), Set.of(Scopes.LEADS_READ, Scopes.LEADS_WRITE));

    private final Leads leads;

    DemoLeads(Leads leads) {
        this.leads = leads;
    }

    @Override
    public void run(ApplicationArguments args) {
        lead(1, "Chiara Galli", "chiara.galli@example.com", "+39 02 5550 1001", "Galli Costruzioni", "Lombardia", "20121", "Furgoni");
        lead(2, "Davide Ferraro", "d.ferraro@example.com", null, null, "Lombardia", "24121", "Scooter");
        lead(3, "Elena Russo", null, "+39 011 5550 1003", "Russo Trasporti", "Piemonte", "10121", "Furgoni");
        lead(4, "Francesco Marino", "f.marino@example.com", "+39 010 5550 1004", null, "Liguria", "16121", "Moto");
        lead(5, "Giorgia Greco", "giorgia.greco@example.com", null, "Greco Catering", "Campania", "80121", "Furgoni");
        lead(6, "Chiara Galli", "chiara.galli@example.com", null, "Galli Costruzioni", "Lombardia", "20121", "Auto");
    }

    private void lead(int n, String name, String email, String phone, String company, String region, String postalCode,
            String productLine) {
        leads.create(SEEDER, new LeadDetails(new LeadDetails.Contact(name, email, phone),
                company == null ? null : new LeadDetails.Company(company, null),
                new LeadDetails.Address("IT", region, postalCode), productLine, "Richiesta dal sito (demo)"),
                "demo-lead-" + n);
    }
}
