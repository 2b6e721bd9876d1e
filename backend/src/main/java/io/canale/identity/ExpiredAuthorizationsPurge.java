package io.canale.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes authorizations whose tokens have all expired. Safe on several nodes: the delete is idempotent. */
@Component
class ExpiredAuthorizationsPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAuthorizationsPurge.class);

    private final MongoAuthorizationService authorizations;

    ExpiredAuthorizationsPurge(MongoAuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Scheduled(fixedDelayString = "${canale.auth.purge-interval:PT15M}", initialDelayString = "PT1M")
    void purge() {
        long purged = authorizations.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} expired authorizations", purged);
        }
    }
}
