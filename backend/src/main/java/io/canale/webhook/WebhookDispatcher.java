package io.canale.webhook;

import io.canale.change.ReadableChanges;
import io.canale.identity.PartnerStatusLookup;
import io.canale.identity.SealedSecrets;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Delivers the feed to the endpoints. Every {@code poll-interval}, and whenever a worker becomes free, this node claims,
 * one by one while it has a free worker, the active endpoints that are due and have a change after their cursor (the
 * longest-waiting first), with a lease in the endpoint's document, as other nodes do: an endpoint is worked by one node at
 * a time, and another takes it over when a node dies. A worker (a virtual thread) sends the endpoint's next changes in
 * order, one at a time, and stores its progress — the cursor, the delivery log, a renewed lease — with a version check
 * at most once per {@code progress-interval}, at the end of the batch and with every failure, rather than after every
 * delivery: a crash delivers the changes since the last stored progress again rather than losing them (at least once, as
 * before; receivers deduplicate by {@code webhook-id}), and a change an admin made meanwhile stops the worker at its next
 * store. A failure gives the worker back at once and schedules the next attempt ({@link RetrySchedule}); after
 * {@code max-attempts} the endpoint is FAILING and stops. So a slow endpoint holds one worker and a failing one none: the
 * others go on.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** How long an endpoint of a deactivated partner waits before its partner is looked at again. */
    static final Duration INACTIVE_PAUSE = Duration.ofMinutes(5);

    private final MongoOperations mongo;
    private final ReadableChanges changes;
    private final WebhookSender sender;
    private final SealedSecrets sealed;
    private final PartnerStatusLookup partners;
    private final WebhookProperties properties;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();
    private final Semaphore free;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("webhook-ticker"));
    private final ExecutorService workers;

    WebhookDispatcher(MongoOperations mongo, ReadableChanges changes, WebhookSender sender, SealedSecrets sealed,
            PartnerStatusLookup partners, WebhookProperties properties, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.sender = sender;
        this.sealed = sealed;
        this.partners = partners;
        this.properties = properties;
        this.clock = clock;
        this.free = new Semaphore(properties.workers());
        // Workers wait on endpoints' answers almost all the time: virtual threads, as many at once as there are permits.
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-worker-", 1).factory());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long interval = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tickQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException ex) {
            log.warn("Looking for webhook deliveries failed; trying again: {}", ex.toString());
        }
    }

    /**
     * Claims due endpoints with changes after their cursor while workers are free, and hands each to one. Whether an
     * endpoint is behind is one look-up by id in the feed, so an idle tick reads no more than the due endpoints.
     */
    void tick() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(WebhookEndpoint.Status.ACTIVE).and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)))
                .with(Sort.by("nextAttemptAt")).limit(properties.workers() * 4);
        for (WebhookEndpoint candidate : mongo.find(due, WebhookEndpoint.class)) {
            if (!changes.hasAfter(candidate.cursor())) {
                continue;
            }
            if (!free.tryAcquire()) {
                return;
            }
            WebhookEndpoint claimed;
            try {
                claimed = claim(candidate.id(), now);
            } catch (RuntimeException ex) {
                free.release();
                throw ex;
            }
            if (claimed == null) {
                free.release();
                continue;
            }
            workers.execute(() -> {
                try {
                    deliver(claimed);
                } catch (RuntimeException ex) {
                    log.warn("Delivering to webhook endpoint {} failed; it is tried again: {}", claimed.id(), ex.toString());
                    release(claimed.id());
                } finally {
                    free.release();
                    moreWork();
                }
            });
        }
    }

    /** A worker is free again: look for due endpoints now rather than at the next poll. */
    private void moreWork() {
        try {
            ticker.execute(this::tickQuietly);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // The node is stopping.
        }
    }

    /** The endpoint for this node, unless another node claimed it meanwhile or it is no longer due. */
    private WebhookEndpoint claim(String id, Instant now) {
        Query claimable = Query.query(Criteria.where("_id").is(id).and("status").is(WebhookEndpoint.Status.ACTIVE)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
        return mongo.findAndModify(claimable, new Update().set("claimedBy", node).set("leaseUntil", now.plus(properties.lease()))
                .inc("version", 1), FindAndModifyOptions.options().returnNew(true), WebhookEndpoint.class);
    }

    /** Sends the claimed endpoint's next changes, in order, until one fails or the batch is done. */
    void deliver(WebhookEndpoint claimed) {
        if (!partners.isActive(claimed.partnerId())) {
            // A deactivated partner receives nothing, as its people and systems get no tokens; reactivated, it resumes.
            Update pause = new Update().set("nextAttemptAt", clock.instant().plus(INACTIVE_PAUSE)).unset("claimedBy")
                    .unset("leaseUntil").inc("version", 1);
            mongo.updateFirst(mine(claimed.id()).addCriteria(Criteria.where("version").is(claimed.version())), pause,
                    WebhookEndpoint.class);
            return;
        }
        List<byte[]> secrets = signingSecrets(claimed);
        ReadableChanges.Batch batch = changes.after(claimed.reader().caller(), claimed.recordTypes(), claimed.cursor(),
                properties.batch());
        long version = claimed.version();
        int failures = claimed.failures();
        List<WebhookEndpoint.Attempt> attempts = new ArrayList<>(claimed.deliveries());
        long delivered = claimed.cursor(); // the last change sent successfully, stored or not
        long storedAt = System.nanoTime();
        for (ReadableChanges.Readable change : batch.changes()) {
            WebhookEndpoint.Attempt attempt = sender.send(claimed.url(), secrets, change, failures + 1);
            keep(attempts, attempt);
            if (!attempt.succeeded()) {
                failed(claimed.id(), version, delivered, failures + 1, attempts);
                return;
            }
            delivered = change.sequence();
            failures = 0;
            if (System.nanoTime() - storedAt >= properties.progressInterval().toNanos()) {
                if (!progressed(claimed.id(), version, delivered, attempts, false)) {
                    release(claimed.id());
                    return;
                }
                version++;
                storedAt = System.nanoTime();
            }
        }
        long through = Math.max(batch.scannedThrough(), claimed.cursor());
        if (!progressed(claimed.id(), version, through, attempts, true)) {
            release(claimed.id());
        }
    }

    private List<byte[]> signingSecrets(WebhookEndpoint endpoint) {
        Instant now = clock.instant();
        return endpoint.secrets().stream().filter(secret -> secret.expiresAt() == null || secret.expiresAt().isAfter(now))
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).map(secret -> sealed.open(secret.sealed())).toList();
    }

    private void keep(List<WebhookEndpoint.Attempt> attempts, WebhookEndpoint.Attempt attempt) {
        attempts.add(attempt);
        while (attempts.size() > properties.deliveryLog()) {
            attempts.removeFirst();
        }
    }

    /** Moves the cursor if nobody changed the endpoint meanwhile; with {@code done} the claim ends. */
    private boolean progressed(String id, long version, long cursor, List<WebhookEndpoint.Attempt> attempts, boolean done) {
        Instant now = clock.instant();
        Update update = new Update().set("cursor", cursor).set("failures", 0).set("nextAttemptAt", now)
                .set("deliveries", attempts).inc("version", 1);
        if (done) {
            update.unset("claimedBy").unset("leaseUntil");
        } else {
            update.set("leaseUntil", now.plus(properties.lease()));
        }
        return mongo.updateFirst(mine(id).addCriteria(Criteria.where("version").is(version)), update, WebhookEndpoint.class)
                .getModifiedCount() == 1;
    }

    /**
     * The next attempt after the back-off, or FAILING (dead letter) after the last one allowed; the cursor moves to the
     * last change delivered before the failure.
     */
    private void failed(String id, long version, long delivered, int failures, List<WebhookEndpoint.Attempt> attempts) {
        Update update = new Update().set("cursor", delivered).set("failures", failures).set("deliveries", attempts)
                .unset("claimedBy").unset("leaseUntil").inc("version", 1);
        if (failures >= properties.maxAttempts()) {
            update.set("status", WebhookEndpoint.Status.FAILING).set("nextAttemptAt", null);
            log.warn("Webhook endpoint {} failed {} times in a row and stopped (FAILING)", id, failures);
        } else {
            update.set("nextAttemptAt", clock.instant().plus(RetrySchedule.after(failures, ThreadLocalRandom.current())));
        }
        if (mongo.updateFirst(mine(id).addCriteria(Criteria.where("version").is(version)), update, WebhookEndpoint.class)
                .getModifiedCount() == 0) {
            release(id);
        }
    }

    /** Ends this node's claim without progress: the endpoint was changed meanwhile, and is read again. */
    private void release(String id) {
        mongo.updateFirst(mine(id), new Update().unset("claimedBy").unset("leaseUntil"), WebhookEndpoint.class);
    }

    private Query mine(String id) {
        return Query.query(Criteria.where("_id").is(id).and("claimedBy").is(node));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        workers.shutdownNow();
    }
}
