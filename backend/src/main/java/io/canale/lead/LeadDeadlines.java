package io.canale.lead;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for leads whose acceptance deadline passed and re-routes them. Stateless and idempotent: after a
 * restart it simply finds the same overdue leads; on several nodes each lead is claimed by a versioned save.
 */
@Component
class LeadDeadlines {

    private static final Logger log = LoggerFactory.getLogger(LeadDeadlines.class);
    static final int BATCH = 200;

    private final Leads leads;

    LeadDeadlines(Leads leads) {
        this.leads = leads;
    }

    @Scheduled(fixedDelayString = "${canale.leads.deadline-check:PT1M}", initialDelayString = "PT30S")
    void rerouteOverdueLeads() {
        int rerouted;
        do {
            rerouted = leads.rerouteOverdue(BATCH);
            if (rerouted > 0) {
                log.info("Re-routed {} lead(s) whose acceptance deadline passed", rerouted);
            }
        } while (rerouted == BATCH);
    }
}
