package io.canale.order;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods of one order travelling with one carrier, and the carrier's events in order. Kept inside the order
 * document, so an event and the order's resulting status are written together.
 */
record Shipment(String id, String carrierId, int packages, Instant createdAt, List<Event> events, Direction direction,
        String rmaNumber) {

    /** Events one shipment keeps at most (documented in the README). */
    static final int MAX_EVENTS = 200;

    enum EventType { PICKED_UP, IN_TRANSIT, DELIVERED, EXCEPTION }

    enum Status { READY, IN_TRANSIT, EXCEPTION, DELIVERED }

    /** To the dealer (the order's goods), or back from the dealer under a return authorisation (RMA). */
    enum Direction { DELIVERY, RETURN }

    record Event(String eventId, EventType type, Instant occurredAt, String location, String recipientName, String reason,
            Instant recordedAt, String recordedBy) {
    }

    @org.springframework.data.annotation.PersistenceCreator
    Shipment {
        events = events == null ? List.of() : List.copyOf(events);
        direction = direction == null ? Direction.DELIVERY : direction; // stored before returns existed
    }

    /** A shipment of the order's goods to the dealer. */
    Shipment(String id, String carrierId, int packages, Instant createdAt, List<Event> events) {
        this(id, carrierId, packages, createdAt, events, Direction.DELIVERY, null);
    }

    /** Goods going back from the dealer: its events never change the order's status. */
    boolean returning() {
        return direction == Direction.RETURN;
    }

    Status status() {
        if (events.isEmpty()) {
            return Status.READY;
        }
        return switch (events.getLast().type()) {
            case PICKED_UP, IN_TRANSIT -> Status.IN_TRANSIT;
            case EXCEPTION -> Status.EXCEPTION;
            case DELIVERED -> Status.DELIVERED;
        };
    }

    boolean delivered() {
        return status() == Status.DELIVERED;
    }

    boolean knows(String eventId) {
        return events.stream().anyMatch(event -> event.eventId().equals(eventId));
    }

    boolean pickedUp() {
        return events.stream().anyMatch(event -> event.type() == EventType.PICKED_UP);
    }

    /**
     * The events that may follow the ones before, in the order they happen: picked up first, then transit and
     * delivery; a problem at any point before delivery; nothing after it. A shipment keeps at most
     * {@link #MAX_EVENTS} events, so its order document stays small; the last two places are kept for the pick-up
     * and the delivery, so a talkative carrier can still finish the job.
     */
    List<EventType> nextEvents() {
        if (delivered() || events.size() >= MAX_EVENTS) {
            return List.of();
        }
        boolean nearlyFull = events.size() >= MAX_EVENTS - 2;
        if (!pickedUp()) {
            return nearlyFull ? List.of(EventType.PICKED_UP) : List.of(EventType.PICKED_UP, EventType.EXCEPTION);
        }
        return nearlyFull ? List.of(EventType.DELIVERED) : List.of(EventType.IN_TRANSIT, EventType.DELIVERED, EventType.EXCEPTION);
    }

    /** Adds an event if it is one of {@link #nextEvents()} and happened no earlier than the last one. */
    Shipment with(Event event) {
        if (delivered()) {
            throw new InvalidInputException("input.type", UserErrorCode.ILLEGAL_STATE, "the shipment was already delivered");
        }
        if (!nextEvents().contains(event.type())) {
            if (events.size() >= MAX_EVENTS - 2) {
                throw new InvalidInputException("input.type", UserErrorCode.TOO_MANY, "a shipment keeps at most "
                        + MAX_EVENTS + " events; only its pick-up and delivery can still be reported");
            }
            throw new InvalidInputException("input.type", UserErrorCode.ILLEGAL_STATE, event.type() == EventType.PICKED_UP
                    ? "the shipment was already picked up" : "report PICKED_UP first");
        }
        if (!events.isEmpty() && event.occurredAt().isBefore(events.getLast().occurredAt())) {
            throw new InvalidInputException("input.occurredAt", UserErrorCode.ILLEGAL_STATE,
                    "events must arrive in order; the last one happened at " + events.getLast().occurredAt());
        }
        List<Event> next = new ArrayList<>(events);
        next.add(event);
        return new Shipment(id, carrierId, packages, createdAt, next, direction, rmaNumber);
    }
}
