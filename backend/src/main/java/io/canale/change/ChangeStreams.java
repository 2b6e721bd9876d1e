package io.canale.change;

import io.canale.security.Caller;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * One subscriber's stream of changes: first what it missed since its last sequence, read from the feed, then the
 * tail's entries as they come, in sequence order without gaps or repeats (a gap — entries appended while it caught up
 * — is read from the feed before the entry after it), each shown as the access policy lets this caller read it at the
 * moment it is delivered — once per entry and caller, shared by that caller's subscriptions ({@link SharedEntry}).
 * Each subscriber has its own buffer; one that falls {@code subscriber-buffer} entries behind is
 * ended with {@link SlowSubscriberException} instead of holding up the others.
 */
@Component
class ChangeStreams {

    /** The subscriber fell too far behind; it resumes with the last sequence it received. */
    static final class SlowSubscriberException extends RuntimeException {
        SlowSubscriberException() {
            super("the subscriber fell too far behind; subscribe again with afterSequence = the last sequence received");
        }
    }

    private final ChangeTail tail;
    private final FeedPages pages;
    private final ChangeReading reading;
    private final ChangeProperties properties;

    ChangeStreams(ChangeTail tail, FeedPages pages, ChangeReading reading, ChangeProperties properties) {
        this.tail = tail;
        this.pages = pages;
        this.reading = reading;
        this.properties = properties;
    }

    /** Where a stream without a resume point starts: the tail's position, read from the feed only when it was idle. */
    long now() {
        return tail.position();
    }

    /**
     * Changes after {@code after} of records of these types (and of one record, when {@code recordId} is given), as the
     * caller may read them.
     */
    Flux<ShownChange> after(Caller caller, Set<RecordType> types, String recordId, long after) {
        Predicate<Document> wanted = entry -> types.contains(RecordType.valueOf(entry.getString("recordType")))
                && (recordId == null || recordId.equals(entry.getString("recordId")));
        SharedEntry.Reader reader = SharedEntry.Reader.of(caller);
        return Flux.defer(() -> {
            // Listen first, then catch up: what the tail hands over meanwhile waits here, so nothing falls between.
            Sinks.Many<SharedEntry> arriving = Sinks.many().unicast().onBackpressureBuffer();
            Disposable listening = tail.entries().subscribe(arriving::tryEmitNext);
            tail.start();
            AtomicLong last = new AtomicLong(after);
            Flux<SharedEntry> missed = Flux.defer(() -> between(wanted, last.get(), Long.MAX_VALUE));
            // A full buffer ends the stream at once (a buffer's own overflow error would wait behind its content).
            Sinks.Empty<ShownChange> cut = Sinks.empty();
            return Flux.concat(missed, arriving.asFlux())
                    .concatMap(entry -> inOrder(entry, wanted, last))
                    .mapNotNull(entry -> entry.shownTo(reader, reading))
                    .onBackpressureBuffer(properties.subscriberBuffer(), dropped -> cut.tryEmitError(new SlowSubscriberException()),
                            BufferOverflowStrategy.DROP_LATEST)
                    .takeUntilOther(cut.asMono())
                    .doFinally(signal -> listening.dispose());
        });
    }

    /**
     * The entry, after any entries between the last one delivered and it that this stream has not seen; nothing if it
     * was delivered already. Entries the scope leaves out move the position on without being delivered.
     */
    private Flux<SharedEntry> inOrder(SharedEntry entry, Predicate<Document> wanted, AtomicLong last) {
        long sequence = entry.sequence();
        long previous = last.get();
        if (sequence <= previous) {
            return Flux.empty();
        }
        last.set(sequence);
        Flux<SharedEntry> self = wanted.test(entry.entry()) ? Flux.just(entry) : Flux.empty();
        if (sequence == previous + 1) {
            return self;
        }
        return between(wanted, previous, sequence).concatWith(self);
    }

    /**
     * Entries in scope with a sequence strictly between the two (up to the feed's end for {@link Long#MAX_VALUE}), in
     * order, a run at a time: from the tail's recent entries where it has them, else from the feed's shared pages
     * ({@link FeedPages}) — so a crowd resuming after a cut-off reads each stretch of the feed once, by sequence, and
     * is shown each entry once per reader. Read on a thread that may block.
     */
    private Flux<SharedEntry> between(Predicate<Document> wanted, long from, long to) {
        return Flux.<List<SharedEntry>, Long>generate(() -> from, (position, sink) -> {
            FeedPages.Run run = position + 1 < to ? next(position, to) : null;
            if (run == null || run.through() == position) {
                sink.complete();
                return position;
            }
            sink.next(run.entries());
            return run.through();
        }).concatMapIterable(entries -> entries.stream().filter(entry -> wanted.test(entry.entry())).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    private FeedPages.Run next(long after, long before) {
        List<SharedEntry> recent = tail.recentAfter(after, before);
        if (!recent.isEmpty()) {
            return new FeedPages.Run(recent, recent.getLast().sequence());
        }
        return pages.after(after, before, tail.handedOver());
    }
}
