package io.canale.servicecase;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells staff when an open case's SLA clock nears or passes its target: once per clock and level, as a staff-only
 * timeline entry and a {@link ServiceCaseEvents.SlaEscalated} event. Every node checks; the case's versioned save
 * lets one of them escalate each level.
 */
@Component
class SlaEscalations {

    private static final Logger log = LoggerFactory.getLogger(SlaEscalations.class);
    private static final int BATCH = 500;

    private final MongoOperations mongo;
    private final ServiceCases cases;
    private final ApplicationEventPublisher events;

    SlaEscalations(MongoOperations mongo, ServiceCases cases, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.cases = cases;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${canale.service.sla.escalation-check:PT5M}", initialDelayString = "PT1M")
    void check() {
        String after = "";
        while (true) {
            Query open = Query.query(Criteria.where("status").in(ServiceCase.Status.NEW, ServiceCase.Status.TRIAGED,
                    ServiceCase.Status.IN_PROGRESS, ServiceCase.Status.WAITING).and("_id").gt(after))
                    .with(org.springframework.data.domain.Sort.by("_id")).limit(BATCH);
            List<ServiceCase> page = mongo.find(open, ServiceCase.class);
            page.forEach(this::escalate);
            if (page.size() < BATCH) {
                return;
            }
            after = page.getLast().id();
        }
    }

    /** Escalates what the case's clocks reached; a concurrent change of the case leaves it to the next check. */
    void escalate(ServiceCase serviceCase) {
        SlaClocks.Sla sla = cases.slaOf(serviceCase);
        java.time.Instant now = cases.now();
        List<String> reached = new java.util.ArrayList<>();
        reached(serviceCase, "FIRST_RESPONSE", sla.firstResponse(), now, reached);
        reached(serviceCase, "RESOLUTION", sla.resolution(), now, reached);
        if (reached.isEmpty()) {
            return;
        }
        try {
            mongo.save(serviceCase);
            reached.forEach(level -> events.publishEvent(new ServiceCaseEvents.SlaEscalated(serviceCase.id(), level)));
        } catch (OptimisticLockingFailureException concurrent) {
            log.debug("case {} changed while escalating; checked again next time", serviceCase.id());
        }
    }

    private static void reached(ServiceCase serviceCase, String clock, SlaClocks.Clock state, java.time.Instant now, List<String> reached) {
        boolean warned = state.state() == SlaClocks.State.WARNING || state.state() == SlaClocks.State.BREACHED;
        if (warned && serviceCase.escalate(clock, "WARNING", now)) {
            reached.add(clock + ":WARNING");
        }
        if (state.state() == SlaClocks.State.BREACHED && serviceCase.escalate(clock, "BREACHED", now)) {
            reached.add(clock + ":BREACHED");
        }
    }
}
