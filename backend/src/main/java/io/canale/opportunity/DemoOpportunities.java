package io.canale.opportunity;

import io.canale.lead.Lead;
import io.canale.lead.LeadDetails;
import io.canale.lead.Leads;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.Money;
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
 * A demo pipeline for Rossi Auto: leads it captured itself, converted into opportunities across the stages,
 * some with expected products so suppliers see a forecast (demo profile only; after the catalog is seeded).
 */
@Component
@Profile("demo")
@Order(6)
class DemoOpportunities implements ApplicationRunner {

    private static final Caller ROSSI = new Caller("dealer@canale.demo", Caller.Kind.USER, "ptn_rossi_auto", PartnerType.DEALER,
            Set.of(PartnerRole.ADMIN), Set.of(Scopes.LEADS_READ, Scopes.LEADS_WRITE));

    private final Leads leads;
    private final Opportunities opportunities;
    private final MongoOperations mongo;
    private final Clock clock;

    DemoOpportunities(Leads leads, Opportunities opportunities, MongoOperations mongo, Clock clock) {
        this.leads = leads;
        this.opportunities = opportunities;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        opportunity(1, "Officina Verdi", "Paolo Verdi", "28000", 14, "qualification", List.of(new OpportunityItem.Request("FRN-PAD-001", 60)));
        opportunity(2, "Autonoleggio Lago", "Sara Conti", "64000", 21, "proposal",
                List.of(new OpportunityItem.Request("TYR-205-55", 40), new OpportunityItem.Request("BAT-12V-070", 12)));
        opportunity(3, "Flotta Comune di Monza", "Luigi Fontana", "120000", 28, "negotiation",
                List.of(new OpportunityItem.Request("LMP-LED-H7", 200)));
        opportunity(4, "Pizzeria Da Gino", "Gino Esposito", "9500", 10, "qualification", List.of());
    }

    private void opportunity(int n, String company, String contact, String amount, int closeInDays, String stage,
            List<OpportunityItem.Request> items) {
        Lead lead = leads.create(ROSSI, new LeadDetails(new LeadDetails.Contact(contact, "demo-opp-" + n + "@example.com", null),
                new LeadDetails.Company(company, null), new LeadDetails.Address("IT", "Lombardia", "20900"), "Furgoni",
                "Trattativa demo"), "demo-opportunity-" + n);
        if (mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(Opportunity.idFor(lead.id()))), Opportunity.class)) {
            return;
        }
        String close = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(closeInDays).toString();
        Opportunity opened = opportunities.convert(ROSSI, lead.id(), lead.version().intValue(), company,
                new Money(new BigDecimal(amount), "EUR"), null, close);
        if (!stage.equals("qualification")) {
            opened = opportunities.move(ROSSI, opened.id(), opened.version().intValue(), stage, null);
        }
        if (!items.isEmpty()) {
            opportunities.update(ROSSI, opened.id(), opened.version().intValue(), null, null, null, items);
        }
    }
}
