package io.canale.support;

import io.canale.order.OrderEvents;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Makes the backend fail right after a write, as if the process had died there: the code after the write never
 * runs. Events are published after their change is stored, so failing in a listener cuts a multi-write operation
 * exactly between two writes. Disarmed unless a test arms it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CrashPoints {

    /** Thrown where the process "dies". */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash after a stored write");
        }
    }

    private final AtomicInteger ordersBeforeCrash = new AtomicInteger(-1);
    private final java.util.concurrent.atomic.AtomicBoolean beforeOrders = new java.util.concurrent.atomic.AtomicBoolean();

    /** The next order submission dies after storing this many orders. */
    public void crashAfterOrders(int stored) {
        ordersBeforeCrash.set(stored);
    }

    /** The next order write dies before storing anything (its plan, written before, stays). */
    public void crashBeforeOrders() {
        beforeOrders.set(true);
    }

    @EventListener
    void on(org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent<?> saving) {
        if ("orders".equals(saving.getCollectionName()) && beforeOrders.compareAndSet(true, false)) {
            throw new SimulatedCrash();
        }
    }

    @EventListener
    void on(OrderEvents.OrderSubmitted submitted) {
        if (ordersBeforeCrash.get() > 0 && ordersBeforeCrash.decrementAndGet() == 0) {
            ordersBeforeCrash.set(-1);
            throw new SimulatedCrash();
        }
    }
}
