package io.canale.change;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The change feed's settings ({@code canale.changes.*}).
 *
 * @param retention how long feed entries are kept; a reader whose cursor is older must read the records again
 * @param sweepInterval how often each node looks for entries a crashed writer left in records (also at start)
 * @param relayBatch how many records the relay moves in one go
 * @param tailInterval how often a node with subscribers reads new feed entries (its own relay tells it at once)
 * @param subscriberBuffer how many changes a subscriber may fall behind before it is ended ({@code SLOW_SUBSCRIBER})
 * @param subscriptionsPerConnection how many subscriptions one WebSocket connection may hold
 * @param deliveryThreads how many threads run the subscribers' pipelines (each subscription stays on one of them, so
 *        its changes keep their order); by default as many as the machine has cores, at least two
 */
@ConfigurationProperties("canale.changes")
record ChangeProperties(Duration retention, Duration sweepInterval, Integer relayBatch, Duration tailInterval,
        Integer subscriberBuffer, Integer subscriptionsPerConnection, Integer deliveryThreads) {

    ChangeProperties {
        tailInterval = tailInterval == null ? Duration.ofMillis(250) : tailInterval;
        subscriberBuffer = subscriberBuffer == null ? 256 : subscriberBuffer;
        subscriptionsPerConnection = subscriptionsPerConnection == null ? 10 : subscriptionsPerConnection;
        retention = retention == null ? Duration.ofDays(90) : retention;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
        relayBatch = relayBatch == null ? 500 : relayBatch;
        deliveryThreads = deliveryThreads == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : deliveryThreads;
        if (deliveryThreads < 1) {
            throw new IllegalArgumentException("canale.changes.delivery-threads must be at least 1");
        }
    }
}
