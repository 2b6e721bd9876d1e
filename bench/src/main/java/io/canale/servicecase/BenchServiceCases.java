package io.canale.servicecase;

import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.Ids;
import io.canale.shared.PartnerType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Benchmark data and the in-process SLA evaluation for {@code CanaleBench}. It lives in the module's package (in the
 * bench jar, not the backend's) because the case, its clocks and {@link ServiceCases#slaOf} are package-private: the
 * benchmark builds cases with the aggregate's own methods, back-dated, and inserts them in batches (fast, and the
 * documents are exactly what the backend stores), and evaluates the clocks as the escalation check does.
 */
public final class BenchServiceCases {

    static final String ROSSI = "ptn_rossi_auto";
    static final String BIANCHI = "ptn_bianchi_moto";
    static final String GALLO = "ptn_gallo_ricambi";
    static final String FERRI = "ptn_ferri_componenti";
    static final String VELOCE = "ptn_veloce_logistica";
    static final List<ServiceCase.Status> OPEN = List.of(ServiceCase.Status.NEW, ServiceCase.Status.TRIAGED,
            ServiceCase.Status.IN_PROGRESS, ServiceCase.Status.WAITING);
    static final String[] SKUS = {"BAT-12V-070", "FRN-PAD-001", "LMP-LED-H7", "TYR-205-55", "FLT-OIL-010"};

    private static final Actor STAFF = new Actor("staff@canale.demo", new ActingPartner("ptn_canale", PartnerType.MANUFACTURER));

    private final MongoOperations mongo;
    private final ServiceCases cases;
    private final Random random = new Random(11);
    private final Instant now = Instant.now();

    public BenchServiceCases(ApplicationContext context) {
        this.mongo = context.getBean(MongoOperations.class);
        this.cases = context.getBean(ServiceCases.class);
    }

    /**
     * Cases in every state (a fifth resolved or closed), opened over the last 40 days by two dealers with a supplier
     * and for some a carrier, each with three comments (shared, internal, addressed); answers how many were inserted.
     */
    public int seedMixed(int count) {
        List<ServiceCase> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            ServiceCase.Status target = pick < 15 ? ServiceCase.Status.NEW : pick < 30 ? ServiceCase.Status.TRIAGED
                    : pick < 55 ? ServiceCase.Status.IN_PROGRESS : pick < 80 ? ServiceCase.Status.WAITING
                    : pick < 92 ? ServiceCase.Status.RESOLVED : ServiceCase.Status.CLOSED;
            ServiceCase serviceCase = worked(i, target, 3);
            batch.add(serviceCase);
            if (batch.size() == 500) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insertAll(batch);
        }
        return count;
    }

    /** Open cases until {@code target} cases are open in all: answers how many were added. */
    public int seedOpenUpTo(int target) {
        int missing = (int) Math.max(0, target - mongo.count(openQuery(), ServiceCase.class));
        List<ServiceCase> batch = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            batch.add(worked(i, OPEN.get(random.nextInt(OPEN.size())), 1));
            if (batch.size() == 500) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insertAll(batch);
        }
        return missing;
    }

    /** One case in progress with a thread of {@code comments} comments of every visibility and three partners; its id. */
    public String seedThread(int comments) {
        ServiceCase serviceCase = opened(0, now.minus(Duration.ofDays(20)));
        String supplier = supplierOf(serviceCase);
        Actor supplierActor = new Actor("supplier@" + supplier, new ActingPartner(supplier, PartnerType.SUPPLIER));
        serviceCase.triage(ServiceCase.Priority.HIGH, STAFF.subject(), STAFF, now.minus(Duration.ofDays(19)));
        serviceCase.startWork(STAFF, now.minus(Duration.ofDays(19)));
        Actor dealer = dealerOf(serviceCase);
        for (int i = 0; i < comments; i++) {
            Instant at = now.minus(Duration.ofDays(18)).plus(Duration.ofMinutes(30L * i));
            String body = "Messaggio " + i + ": il cliente riferisce che il problema si ripresenta dopo qualche giorno di uso normale.";
            switch (i % 4) {
                case 0 -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.SHARED, null, body, dealer, at);
                case 1 -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.INTERNAL, null, body, STAFF, at);
                case 2 -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.ADDRESSED, supplier, body, STAFF, at);
                default -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.SHARED, null, body, supplierActor, at);
            }
        }
        return mongo.insert(serviceCase).id();
    }

    /** The open cases, read as the escalation check reads them: by id, in batches of 500. */
    public List<?> loadOpen() {
        List<ServiceCase> all = new ArrayList<>();
        String after = "";
        while (true) {
            List<ServiceCase> page = mongo.find(Query.query(Criteria.where("status").in(OPEN).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(500), ServiceCase.class);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            after = page.getLast().id();
        }
    }

    /** Both SLA clocks of every case, now, by the configured targets and calendars; answers resolution clocks by state. */
    public Map<String, Integer> evaluate(List<?> open) {
        Map<SlaClocks.State, Integer> states = new EnumMap<>(SlaClocks.State.class);
        for (Object each : open) {
            SlaClocks.Sla sla = cases.slaOf((ServiceCase) each);
            states.merge(sla.resolution().state(), 1, Integer::sum);
        }
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        states.forEach((state, count) -> byName.put(state.name(), count));
        return byName;
    }

    /** The filter of open cases, as a document for the raw driver. */
    public static org.bson.Document openFilter() {
        return new org.bson.Document("status", new org.bson.Document("$in", OPEN.stream().map(Enum::name).toList()));
    }

    private static Query openQuery() {
        return Query.query(Criteria.where("status").in(OPEN));
    }

    /** A case opened between 40 days and an hour ago and worked, back-dated step by step, up to the target status. */
    private ServiceCase worked(int i, ServiceCase.Status target, int comments) {
        Instant opened = now.minus(Duration.ofMinutes(60 + random.nextInt(40 * 24 * 60)));
        ServiceCase serviceCase = opened(i, opened);
        Actor dealer = dealerOf(serviceCase);
        List<Instant> steps = steps(opened, 8 + comments);
        int step = 0;
        // The thread first, while the case is new: a comment from the party a case waits on would resume it.
        for (int c = 0; c < comments; c++) {
            Instant at = steps.get(step++);
            switch (c % 3) {
                case 0 -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.SHARED, null, "Il cliente attende una risposta.", dealer, at);
                case 1 -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.INTERNAL, null, "Verificare il lotto.", STAFF, at);
                default -> serviceCase.comment(Ids.next("cmt"), CaseComment.Visibility.ADDRESSED, supplierOf(serviceCase),
                        "Potete indicarci il lotto?", STAFF, at);
            }
        }
        if (target != ServiceCase.Status.NEW) {
            serviceCase.triage(null, STAFF.subject(), STAFF, steps.get(step++));
        }
        if (target != ServiceCase.Status.NEW && target != ServiceCase.Status.TRIAGED) {
            serviceCase.startWork(STAFF, steps.get(step++));
            // Some cases waited once before, on somebody else, and were resumed.
            if (random.nextInt(3) == 0) {
                serviceCase.waitOn(ServiceCase.WaitingOn.END_CUSTOMER, "foto del danno", STAFF, steps.get(step++));
                serviceCase.startWork(STAFF, steps.get(step++));
            }
        }
        if (target == ServiceCase.Status.WAITING) {
            ServiceCase.WaitingOn on = ServiceCase.WaitingOn.values()[random.nextInt(4)];
            if (on == ServiceCase.WaitingOn.CARRIER && serviceCase.parties().stream().noneMatch(p -> p.role().equals(ServiceCase.CARRIER))) {
                on = ServiceCase.WaitingOn.SUPPLIER;
            }
            serviceCase.waitOn(on, "serve il numero di lotto", STAFF, steps.get(step++));
        }
        if (target == ServiceCase.Status.RESOLVED || target == ServiceCase.Status.CLOSED) {
            serviceCase.resolve(ServiceCase.Resolution.REPLACE, "Sostituito in garanzia", STAFF, steps.get(step++));
        }
        if (target == ServiceCase.Status.CLOSED) {
            serviceCase.close(dealer, steps.get(step++));
        }
        return serviceCase;
    }

    private ServiceCase opened(int i, Instant at) {
        String dealerId = i % 2 == 0 ? ROSSI : BIANCHI;
        ServiceCase.Type type = ServiceCase.Type.values()[random.nextInt(4)];
        String sku = SKUS[random.nextInt(SKUS.length)];
        String supplier = sku.startsWith("FRN") || sku.startsWith("FLT") ? FERRI : GALLO;
        ServiceCase.Opening opening = new ServiceCase.Opening(dealerId, type,
                ServiceCase.Priority.values()[random.nextInt(4)], "Caso di prova " + i + ": " + type.name().toLowerCase(),
                "Descrizione del problema riferito dal cliente finale.", List.of(), sku, null,
                new ServiceCase.EndCustomer("Cliente " + i, "cliente" + i + "@example.com", null), supplier,
                type == ServiceCase.Type.DELIVERY_DAMAGE ? VELOCE : null, null, i % 5 == 0 ? "DE" : "IT");
        return ServiceCase.open(Ids.next("case"), opening, dealerOf(dealerId), at);
    }

    private static String supplierOf(ServiceCase serviceCase) {
        return serviceCase.parties().stream().filter(party -> party.role().equals(ServiceCase.SUPPLIER)).findFirst().orElseThrow().partnerId();
    }

    private static Actor dealerOf(ServiceCase serviceCase) {
        return dealerOf(serviceCase.dealerId());
    }

    private static Actor dealerOf(String dealerId) {
        return new Actor(dealerId.equals(ROSSI) ? "dealer@canale.demo" : "dealer2@canale.demo",
                new ActingPartner(dealerId, PartnerType.DEALER));
    }

    /** {@code count} ascending instants between {@code from} and now. */
    private List<Instant> steps(Instant from, int count) {
        long span = Duration.between(from, now).toMillis();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) (random.nextDouble() * span));
        }
        offsets.sort(null);
        return offsets.stream().map(from::plusMillis).toList();
    }
}
