package io.canale.servicecase;

import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.Ids;
import io.canale.shared.PartnerType;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Demo service cases in every state, worked through the same calls the parties make (demo profile only, once):
 * a warranty claim on a delivered order, delivery damage with the carrier, a return, a case waiting on a supplier,
 * resolved and closed ones, with internal, shared and addressed comments; returns (RMA) on their way back and waiting
 * for the supplier's inspection, and a closed case whose end customer answered the satisfaction survey.
 */
@Component
@Profile("demo")
@Order(6)
class DemoServiceCases implements ApplicationRunner {

    private static final String ROSSI = "ptn_rossi_auto";
    private static final String BIANCHI = "ptn_bianchi_moto";
    private static final String FERRI = "ptn_ferri_componenti";
    private static final String GALLO = "ptn_gallo_ricambi";
    private static final String VELOCE = "ptn_veloce_logistica";

    private final ServiceCases cases;
    private final CaseReturns returns;
    private final CaseSurveys surveys;
    private final MongoOperations mongo;

    DemoServiceCases(ServiceCases cases, CaseReturns returns, CaseSurveys surveys, MongoOperations mongo) {
        this.cases = cases;
        this.returns = returns;
        this.surveys = surveys;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mongo.exists(new Query(), ServiceCase.class)) {
            return;
        }
        Caller staff = person("staff@canale.demo", "ptn_canale", PartnerType.MANUFACTURER);
        Caller rossi = person("dealer@canale.demo", ROSSI, PartnerType.DEALER);
        Caller bianchi = person("dealer2@canale.demo", BIANCHI, PartnerType.DEALER);
        Caller gallo = person("supplier2@canale.demo", GALLO, PartnerType.SUPPLIER);
        Caller veloce = person("carrier@canale.demo", VELOCE, PartnerType.CARRIER);
        // The delivered demo order: Rossi's batteries from Gallo, carried by Veloce (see DemoOrders, key demo-8).
        String deliveredOrder = Ids.derived("ord", Ids.derived("grp", ROSSI + ":demo-8") + ":" + GALLO);
        List<ServiceCases.LineRef> batteries = List.of(new ServiceCases.LineRef(deliveredOrder, 1));
        ServiceCase.EndCustomer neri = new ServiceCase.EndCustomer("Laura Neri", "laura.neri@example.com", "+39 02 555 0199");

        // New: a warranty claim, covered (delivered hours ago).
        ServiceCase claim = open(rossi, null, ServiceCase.Type.WARRANTY_CLAIM, "Batteria non tiene la carica",
                "La batteria si scarica in una notte.", batteries, null, neri, "demo-case-1");
        cases.comment(rossi, claim.id(), CaseComment.Visibility.SHARED, null, "Il cliente ha già provato a ricaricarla due volte.");

        // Triaged: delivery damage, the carrier takes part.
        ServiceCase damage = open(rossi, null, ServiceCase.Type.DELIVERY_DAMAGE, "Imballo schiacciato alla consegna",
                "Un collo è arrivato con il cartone schiacciato.", batteries, null, null, "demo-case-2");
        damage = cases.triage(staff, damage.id(), version(damage), ServiceCase.Priority.HIGH, true);
        cases.comment(veloce, damage.id(), CaseComment.Visibility.ADDRESSED, null, "Foto della consegna disponibili su richiesta.");

        // In progress: a return of brake pads, an internal note by staff.
        ServiceCase ret = open(rossi, null, ServiceCase.Type.RETURN, "Reso pastiglie freno errate",
                "Ordinate per il modello sbagliato.", List.of(), "FRN-PAD-001", null, "demo-case-3");
        ret = cases.triage(staff, ret.id(), version(ret), null, true);
        ret = cases.startWork(staff, ret.id(), version(ret));
        cases.comment(staff, ret.id(), CaseComment.Visibility.INTERNAL, null, "Verificare con il fornitore se accetta il reso.");

        // Waiting on the supplier, which was asked a question addressed to it.
        ServiceCase tyres = open(bianchi, null, ServiceCase.Type.COMPLAINT, "Pneumatici con difetto di battistrada",
                null, List.of(), "TYR-205-55", null, "demo-case-4");
        tyres = cases.triage(staff, tyres.id(), version(tyres), ServiceCase.Priority.NORMAL, true);
        tyres = cases.startWork(staff, tyres.id(), version(tyres));
        tyres = cases.comment(gallo, tyres.id(), CaseComment.Visibility.SHARED, null, "Stiamo verificando in fabbrica.").serviceCase();
        tyres = cases.waitOn(staff, tyres.id(), version(tyres), ServiceCase.WaitingOn.SUPPLIER, "serve il numero di lotto");
        cases.comment(staff, tyres.id(), CaseComment.Visibility.ADDRESSED, GALLO, "Potete indicarci il lotto di produzione?");

        // Resolved with a replacement, and closed (rejected) ones.
        ServiceCase replaced = open(rossi, null, ServiceCase.Type.WARRANTY_CLAIM, "Fanale LED guasto", null, List.of(),
                "LMP-LED-H7", null, "demo-case-5");
        replaced = work(staff, replaced);
        replaced = cases.resolve(staff, replaced.id(), version(replaced), ServiceCase.Resolution.REPLACE, "Sostituito in garanzia");
        ServiceCase rejected = open(bianchi, null, ServiceCase.Type.COMPLAINT, "Consegna in ritardo", null, List.of(), "FRN-PAD-001",
                null, "demo-case-6");
        rejected = work(staff, rejected);
        rejected = cases.resolve(staff, rejected.id(), version(rejected), ServiceCase.Resolution.REJECTED,
                "La data richiesta era stata confermata e rispettata");
        cases.close(bianchi, rejected.id(), version(rejected));

        returns(staff, rossi, batteries);
        answeredSurvey(staff, rossi, neri);
    }

    /**
     * Three returns of Rossi: batteries waiting for staff's authorisation; one battery going back to Gallo (on its way:
     * DemoReturnShipments records the carrier's events); brake pads of Ferri's delivered demo order that arrived and
     * wait for Ferri's inspection.
     */
    private void returns(Caller staff, Caller rossi, List<ServiceCases.LineRef> batteries) {
        work(staff, open(rossi, null, ServiceCase.Type.RETURN, "Reso batterie ordinate in eccesso",
                "Ne servivano due, non quattro.", batteries, null, null, "demo-case-10"));

        ServiceCase battery = open(rossi, null, ServiceCase.Type.RETURN, "Reso batteria non necessaria",
                "Il cliente ha cambiato auto prima del montaggio.", batteries, null, null, "demo-case-7");
        shipBack(rossi, authorise(staff, work(staff, battery), batteries.getFirst(), 1), batteries.getFirst().orderId());

        String padsOrder = Ids.derived("ord", Ids.derived("grp", ROSSI + ":demo-9") + ":" + FERRI);
        ServiceCases.LineRef pads = new ServiceCases.LineRef(padsOrder, 1);
        ServiceCase returned = open(rossi, null, ServiceCase.Type.RETURN, "Reso pastiglie rumorose",
                "Le pastiglie fischiano in frenata dal primo giorno.", List.of(pads), null, null, "demo-case-8");
        returned = shipBack(rossi, authorise(staff, work(staff, returned), pads, 2), padsOrder);
        returned = cases.comment(rossi, returned.id(), CaseComment.Visibility.SHARED, null, "Due confezioni rispedite con Veloce.").serviceCase();
        cases.waitOn(staff, returned.id(), version(returned), ServiceCase.WaitingOn.SUPPLIER, "ispezione dei pezzi resi");
    }

    private ServiceCase authorise(Caller staff, ServiceCase serviceCase, ServiceCases.LineRef line, int quantity) {
        return returns.authorize(staff, serviceCase.id(), version(serviceCase),
                List.of(new ReturnAuthorization.Requested(line.orderId(), line.line(), quantity)));
    }

    private ServiceCase shipBack(Caller dealer, ServiceCase serviceCase, String orderId) {
        return returns.ship(dealer, serviceCase.id(), version(serviceCase), orderId, VELOCE, 1);
    }

    /** A case worked to closure whose end customer answered the survey through the link the dealer forwarded. */
    private void answeredSurvey(Caller staff, Caller rossi, ServiceCase.EndCustomer customer) {
        ServiceCase fixed = open(rossi, null, ServiceCase.Type.COMPLAINT, "Filtro olio consegnato senza guarnizione", null, List.of(),
                "FLT-OIL-010", customer, "demo-case-9");
        fixed = work(staff, fixed);
        fixed = cases.resolve(staff, fixed.id(), version(fixed), ServiceCase.Resolution.CREDIT, "Nota di credito per la guarnizione");
        ServiceCase closed = cases.close(rossi, fixed.id(), version(fixed));
        String link = surveys.linkFor(rossi, closed, cases.facts(closed));
        if (link != null) {
            surveys.answer(link.substring(link.lastIndexOf('/') + 1), 5, "Risolto in fretta, grazie.");
        }
    }

    private ServiceCase open(Caller dealer, String dealerId, ServiceCase.Type type, String subject, String description,
            List<ServiceCases.LineRef> lines, String sku, ServiceCase.EndCustomer customer, String key) {
        return cases.open(dealer, new ServiceCases.OpenRequest(dealerId, type, null, subject, description, lines, sku, null, customer, key));
    }

    private ServiceCase work(Caller staff, ServiceCase serviceCase) {
        ServiceCase triaged = cases.triage(staff, serviceCase.id(), version(serviceCase), null, true);
        return cases.startWork(staff, triaged.id(), version(triaged));
    }

    private static Integer version(ServiceCase serviceCase) {
        return serviceCase.version().intValue();
    }

    private static Caller person(String subject, String partnerId, PartnerType type) {
        return new Caller(subject, Caller.Kind.USER, partnerId, type, Set.of(PartnerRole.ADMIN),
                Set.of(Scopes.SERVICE_READ, Scopes.SERVICE_WRITE, Scopes.ORDERS_READ, Scopes.ORDERS_WRITE));
    }
}
