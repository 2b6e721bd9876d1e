package io.canale.change;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.canale.shared.CursorExpiredException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The feed as subscribers catching up read it when the tail no longer keeps what they missed: in pages of
 * {@link #PAGE} consecutive sequences, each page read by its numbers ({@code _id} in [first, last]) — sequences have
 * no gaps, so these are the entries — which both stores serve from the {@code _id} index (the embedded store answers
 * a range on {@code _id} by scanning the whole feed). Complete pages are kept, the {@link #PAGES_KEPT} used last, as
 * {@link SharedEntry} instances: a crowd resuming from nearby positions (subscribers cut off together) reads each page
 * once and is shown each entry once per reader.
 * <p>
 * A missing number with a later entry in the feed is a gap: behind the retention it answers {@code CHANGES_EXPIRED};
 * otherwise it is an entry whose insert a store has not made visible yet (MongoDB may show a query the next number
 * before this one), and the read waits for it rather than skip it.
 */
@Component
class FeedPages {

    private static final Logger log = LoggerFactory.getLogger(FeedPages.class);
    static final int PAGE = 256;
    /** 16,384 entries: a crowd cut off together resumes within this stretch of the feed. */
    static final int PAGES_KEPT = 64;
    /**
     * How long a read waits for a missing entry before taking it as lost (only an operator deleting entries loses one:
     * numbers are taken only by the insert that stores the entry, and inserts are visible within milliseconds).
     */
    private static final Duration GAP_PATIENCE = Duration.ofSeconds(10);

    /** Entries that follow a position: {@code entries} in order, the last consumed sequence {@code through}. */
    record Run(List<SharedEntry> entries, long through) {
    }

    private final MongoOperations mongo;
    private final ChangeFeed feed;
    private final Cache<Long, Page> pages = Caffeine.newBuilder().maximumSize(PAGES_KEPT).build();

    FeedPages(MongoOperations mongo, ChangeFeed feed) {
        this.mongo = mongo;
        this.feed = feed;
    }

    /**
     * The entries after {@code after} and before {@code before} that follow it without a gap, up to the end of its page;
     * none, with {@code through} = {@code after}, where the feed ends. {@code known} is a sequence known to have been in
     * the feed (what the tail handed over): a missing number up to it is a gap, not the end.
     *
     * @throws CursorExpiredException when the next entry is behind the retention
     */
    Run after(long after, long before, long known) {
        long first = after + 1;
        long waited = 0;
        for (int attempt = 0; ; attempt++) {
            Page page = page(first);
            Run run = page.run(first, before);
            if (!run.entries().isEmpty()) {
                return run;
            }
            long next = page.nextAfter(first);
            if (before == Long.MAX_VALUE && first > known && next < 0) {
                return run; // nothing after this position yet
            }
            if (first <= feed.prunedThrough()) {
                throw new CursorExpiredException("afterSequence");
            }
            if (waited >= GAP_PATIENCE.toMillis()) {
                long through = Math.min(before - 1, next < 0 ? page.last() : next - 1);
                log.error("Change feed entries {} to {} are missing; subscribers go on without them", first, through);
                return new Run(List.of(), through);
            }
            long pause = Math.min(100, 1L << Math.min(attempt, 7));
            sleep(pause);
            waited += pause;
        }
    }

    private Page page(long sequence) {
        long number = (sequence - 1) / PAGE;
        Page page = pages.get(number, this::read);
        if (!page.complete()) {
            pages.asMap().remove(number, page); // the feed's end (or a gap): read again next time
        }
        return page;
    }

    private Page read(long number) {
        long first = number * PAGE + 1;
        SharedEntry[] entries = new SharedEntry[PAGE];
        for (Document entry : mongo.getCollection(ChangeRelay.FEED).find(ChangeRelay.nextAfter(first - 1, PAGE)).batchSize(PAGE)) {
            SharedEntry shared = new SharedEntry(entry);
            entries[(int) (shared.sequence() - first)] = shared;
        }
        return new Page(first, entries);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a change feed entry", ex);
        }
    }

    /** The entries numbered {@code first} to {@code first + PAGE - 1}, null where the feed had none when read. */
    private record Page(long first, SharedEntry[] entries) {

        boolean complete() {
            for (SharedEntry entry : entries) {
                if (entry == null) {
                    return false;
                }
            }
            return true;
        }

        long last() {
            return first + PAGE - 1;
        }

        Run run(long from, long before) {
            List<SharedEntry> found = new ArrayList<>();
            long through = from - 1;
            for (long sequence = from; sequence <= last() && sequence < before; sequence++) {
                SharedEntry entry = entries[(int) (sequence - first)];
                if (entry == null) {
                    break;
                }
                found.add(entry);
                through = sequence;
            }
            return new Run(found, through);
        }

        /** The first sequence after this one the page holds, or -1. */
        long nextAfter(long sequence) {
            for (long next = sequence + 1; next <= last(); next++) {
                if (entries[(int) (next - first)] != null) {
                    return next;
                }
            }
            return -1;
        }
    }
}
