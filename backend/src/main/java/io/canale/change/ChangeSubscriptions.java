package io.canale.change;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.canale.security.Caller;
import io.canale.security.CallerArguments;
import io.canale.shared.CursorExpiredException;
import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.graphql.ApiErrors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * The change subscriptions: every change of the kinds a caller asks for, or of one record, as they happen. A stream
 * that resumes after a sequence the feed no longer keeps is refused ({@code CHANGES_EXPIRED}); one connection holds at
 * most {@code canale.changes.subscriptions-per-connection} of them ({@code TOO_MANY_SUBSCRIPTIONS}).
 */
@Controller
class ChangeSubscriptions {

    private final ChangeStreams streams;
    private final ChangeFeed feed;
    private final ChangeReading reading;
    private final ChangeProperties properties;
    private final Map<String, AtomicInteger> perConnection = new ConcurrentHashMap<>();

    ChangeSubscriptions(ChangeStreams streams, ChangeFeed feed, ChangeReading reading, ChangeProperties properties) {
        this.streams = streams;
        this.feed = feed;
        this.reading = reading;
        this.properties = properties;
    }

    @SubscriptionMapping
    Flux<ShownChange> changes(Caller caller, @Argument List<RecordType> types, @Argument String afterSequence,
            @ContextValue(name = CallerArguments.SESSION_KEY, required = false) String connection) {
        return Flux.defer(() -> {
            Set<RecordType> readable = reading.readableTypes(caller, types);
            long after = start(afterSequence);
            return limited(connection, readable.isEmpty() ? Flux.never() : streams.after(caller, readable, null, after));
        });
    }

    @SubscriptionMapping
    Flux<ShownChange> recordChanges(Caller caller, @Argument String recordId, @Argument String afterSequence,
            @ContextValue(name = CallerArguments.SESSION_KEY, required = false) String connection) {
        return Flux.defer(() -> {
            feed.history(caller, recordId, null, 1); // NOT_FOUND for a record the caller may read none of
            long after = start(afterSequence);
            return limited(connection, streams.after(caller, reading.readableTypes(caller, null), recordId, after));
        });
    }

    private long start(String afterSequence) {
        if (afterSequence == null) {
            return streams.now();
        }
        long sequence;
        try {
            sequence = Long.parseLong(afterSequence);
        } catch (NumberFormatException ex) {
            throw new InvalidInputException("afterSequence", UserErrorCode.INVALID, "the sequence of a change, e.g. \"1234\"");
        }
        if (sequence < 0) {
            throw new InvalidInputException("afterSequence", UserErrorCode.INVALID, "the sequence of a change, e.g. \"1234\"");
        }
        if (sequence < feed.prunedThrough()) {
            throw new CursorExpiredException("afterSequence");
        }
        return sequence;
    }

    /** Counts the stream against its connection while it runs. */
    private <T> Flux<T> limited(String connection, Flux<T> stream) {
        if (connection == null) {
            return stream;
        }
        AtomicInteger open = perConnection.computeIfAbsent(connection, key -> new AtomicInteger());
        if (open.incrementAndGet() > properties.subscriptionsPerConnection()) {
            release(connection, open);
            throw new InvalidInputException(null, UserErrorCode.TOO_MANY, "at most " + properties.subscriptionsPerConnection()
                    + " subscriptions per connection");
        }
        return stream.doFinally(signal -> release(connection, open));
    }

    private void release(String connection, AtomicInteger open) {
        if (open.decrementAndGet() <= 0) {
            perConnection.remove(connection, open);
        }
    }

    /** A refused or ended stream says why with the API's codes ({@link ApiErrors}), and SLOW_SUBSCRIBER. */
    @Bean
    static SubscriptionExceptionResolver refusedStreams() {
        return new SubscriptionExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex) {
                if (ex instanceof ChangeStreams.SlowSubscriberException slow) {
                    return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(slow.getMessage())
                            .extensions(Map.of("code", "SLOW_SUBSCRIBER")).build();
                }
                return ApiErrors.of(ex, GraphqlErrorBuilder.newError());
            }
        };
    }
}
