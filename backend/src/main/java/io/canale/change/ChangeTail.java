package io.canale.change;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Reads new feed entries while this node has subscribers and hands each, in sequence order, to all of them at once.
 * Entries come from the feed, not from this node's writes, so subscribers hear of changes made on every node; this
 * node's relay tells the tail when it appended, so local changes arrive without waiting for the next read.
 * Hand-over never waits for a subscriber: each has a buffer of its own ({@link ChangeStreams}). Each entry is handed
 * over as one {@link SharedEntry}, so that its subscribers share the work of showing it to the same reader.
 * <p>
 * The subscribers' pipelines (shaping, the GraphQL selection, the hand-over to the WebSocket) run on
 * {@code delivery-threads} lanes rather than on the tail's thread, so that they use every core: each subscription
 * listens on one lane for its whole life, and a lane is one thread that receives the entries in the tail's order, so
 * every subscription still sees them in sequence order.
 */
@Component
class ChangeTail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeTail.class);
    private static final int PAGE = 500;
    /**
     * Entries one lane may have waiting before the tail stops reading ahead: the feed keeps the rest, and the tail reads
     * on from its position at the next tick, so a node whose subscribers cannot keep up holds at most this (plus a page)
     * per lane in memory instead of the whole feed.
     */
    static final int LANE_BACKLOG = 4 * PAGE;
    /**
     * How many of the entries handed over last the tail keeps, so that a subscriber catching up (one resuming after a
     * cut-off, or a gap) reads them here, as the same {@link SharedEntry} instances the live subscribers got — shaped
     * and serialized once for all — instead of each querying the feed.
     */
    static final int RECENT = 4_096;

    private final MongoOperations mongo;
    private final List<Lane> lanes;
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "change-tail");
        thread.setDaemon(true);
        return thread;
    });
    /** The last sequence handed over; -1 while nobody listens. Written on the reader thread only. */
    private volatile long last = -1;
    /** Held while the tail stops for want of listeners, so that {@link #start()} never takes a stopping tail as running. */
    private final Object stopping = new Object();
    /**
     * The last {@link #RECENT} entries handed over, by sequence, without gaps below the tail's position except where
     * the feed had one when it was read; emptied when the tail stops (what is appended meanwhile is not read).
     */
    private final java.util.concurrent.ConcurrentSkipListMap<Long, SharedEntry> recent = new java.util.concurrent.ConcurrentSkipListMap<>();
    /** Set while the tail waits for a lane to catch up; the lane that gets halfway there has the tail read on. */
    private final java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean();

    ChangeTail(MongoOperations mongo, ChangeProperties properties) {
        this.mongo = mongo;
        this.lanes = IntStream.rangeClosed(1, properties.deliveryThreads()).mapToObj(number -> new Lane(number, this::resume)).toList();
        long interval = properties.tailInterval().toMillis();
        reader.scheduleWithFixedDelay(this::readQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Every entry from now on, in order, delivered on one lane's thread (the lanes take new listeners in turn); hot: a
     * late subscriber starts with the next one.
     */
    Flux<SharedEntry> entries() {
        return lanes.get(Math.floorMod(nextLane.getAndIncrement(), lanes.size())).entries.asFlux();
    }

    /** How many listen, on all lanes. */
    private int listeners() {
        int listeners = 0;
        for (Lane lane : lanes) {
            listeners += lane.entries.currentSubscriberCount();
        }
        return listeners;
    }

    /**
     * Where a stream without a resume point starts: the last sequence handed over. While the tail runs (somebody
     * listens) this is known without reading the feed; otherwise the feed's end is read once. A stream that starts
     * here misses nothing: it listens, then reads from the feed what came after this position (entries appended elsewhere
     * that the tail has not read yet included).
     */
    long position() {
        long position = last;
        if (position >= 0 && listeners() > 0) {
            return position;
        }
        return onReader(() -> {
            if (last < 0 || listeners() == 0) {
                last = head();
            }
            return last;
        });
    }

    /**
     * Makes sure the tail runs, so that every entry after the feed's end as of now will be handed over. Call after
     * subscribing to {@link #entries()}: a running tail then cannot stop (it stops, under the same lock, only when
     * nobody listens), so only a stopped one costs a read of the feed's end.
     */
    void start() {
        synchronized (stopping) {
            if (last >= 0) {
                return;
            }
        }
        onReader(() -> {
            if (last < 0) {
                last = head();
            }
            return last;
        });
    }

    private long onReader(java.util.concurrent.Callable<Long> work) {
        try {
            return reader.submit(work).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the change feed", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException("the change feed cannot be read", ex.getCause());
        }
    }

    /** New entries were appended on this node: read them now. */
    void nudge() {
        if (listeners() > 0) {
            reader.execute(this::readQuietly);
        }
    }

    long head() {
        Document newest = mongo.getCollection(ChangeRelay.FEED).find().sort(Sorts.descending("_id"))
                .projection(Projections.include("_id")).limit(1).first();
        return newest == null ? 0 : ((Number) newest.get("_id")).longValue();
    }

    private void readQuietly() {
        try {
            read();
        } catch (RuntimeException ex) {
            log.warn("Reading new changes failed; trying again: {}", ex.toString());
        }
    }

    private void read() {
        synchronized (stopping) {
            if (listeners() == 0) {
                last = -1;
                recent.clear();
                return;
            }
        }
        if (last < 0) {
            last = head();
            return;
        }
        int read;
        do {
            held.set(true); // before looking, so that a lane catching up meanwhile still has the tail read on
            if (lanes.stream().anyMatch(Lane::behind)) {
                return; // read on from here once the lane is halfway through its backlog, or at the next tick
            }
            held.set(false);
            read = 0;
            for (Document entry : mongo.getCollection(ChangeRelay.FEED).find(ChangeRelay.nextAfter(last, PAGE))
                    .sort(Sorts.ascending("_id"))) {
                read++;
                last = ((Number) entry.get("_id")).longValue();
                SharedEntry shared = new SharedEntry(entry);
                recent.put(last, shared); // before any subscriber can hear of it, so a catch-up finds what it heard
                for (Lane lane : lanes) {
                    lane.hand(shared);
                }
            }
        } while (read == PAGE);
        recent.headMap(last - RECENT, true).clear();
    }

    /**
     * The entries handed over last that follow {@code after} without a gap and come before {@code before}, in order;
     * none unless the tail keeps the one after {@code after} (it is older than the kept ones, or the feed had a gap when
     * the tail read it): read the feed from there.
     */
    List<SharedEntry> recentAfter(long after, long before) {
        List<SharedEntry> found = new java.util.ArrayList<>();
        long expected = after + 1;
        for (SharedEntry entry : recent.subMap(after, false, before, false).values()) {
            if (entry.sequence() != expected) {
                break;
            }
            found.add(entry);
            expected++;
        }
        return found;
    }

    /** The last sequence handed over (every one up to it has been in the feed), or -1 while the tail is stopped. */
    long handedOver() {
        return last;
    }

    private void resume() {
        if (held.compareAndSet(true, false)) {
            try {
                reader.execute(this::readQuietly);
            } catch (RejectedExecutionException shuttingDown) {
                // the node is stopping
            }
        }
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
        lanes.forEach(lane -> lane.thread.shutdownNow());
    }

    /** One delivery thread and the subscriptions listening on it; it hands entries over in the order it got them. */
    private static final class Lane {

        private final Sinks.Many<SharedEntry> entries = Sinks.many().multicast().directBestEffort();
        private final ExecutorService thread;
        private final AtomicInteger waiting = new AtomicInteger();
        private final Runnable halfwayThrough;

        Lane(int number, Runnable halfwayThrough) {
            this.halfwayThrough = halfwayThrough;
            this.thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread delivering = new Thread(runnable, "change-delivery-" + number);
                delivering.setDaemon(true);
                return delivering;
            });
        }

        /** Called on the tail's thread only, so the lane's queue holds the entries in sequence order. */
        void hand(SharedEntry entry) {
            if (entries.currentSubscriberCount() == 0) {
                return; // nobody on this lane now; one that subscribes later starts after this entry anyway
            }
            waiting.incrementAndGet();
            try {
                thread.execute(() -> {
                    try {
                        entries.tryEmitNext(entry);
                    } finally {
                        if (waiting.decrementAndGet() == LANE_BACKLOG / 2) {
                            halfwayThrough.run();
                        }
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                waiting.decrementAndGet(); // the node is stopping: its subscribers are going away with it
            }
        }

        boolean behind() {
            return waiting.get() >= LANE_BACKLOG;
        }
    }
}
