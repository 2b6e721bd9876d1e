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

    /**
     * One event as reported. A correction is an event of its own that names the event it corrects ({@code corrects});
     * the corrected one stays in the list. {@code correctableUntil} is the end of the correction window in force when
     * the event was recorded (null: not correctable, as events stored before corrections existed).
     */
    record Event(String eventId, EventType type, Instant occurredAt, String location, String recipientName, String reason,
            Instant recordedAt, String recordedBy, String corrects, Instant correctableUntil) {

        @org.springframework.data.annotation.PersistenceCreator
        Event {
        }

        Event(String eventId, EventType type, Instant occurredAt, String location, String recipientName, String reason,
                Instant recordedAt, String recordedBy) {
            this(eventId, type, occurredAt, location, recipientName, reason, recordedAt, recordedBy, null, null);
        }
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
        List<Event> effective = effectiveEvents();
        if (effective.isEmpty()) {
            return Status.READY;
        }
        return switch (effective.getLast().type()) {
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
        return effectiveEvents().stream().anyMatch(event -> event.type() == EventType.PICKED_UP);
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
        Event last = lastEffectiveEvent();
        if (last != null && event.occurredAt().isBefore(last.occurredAt())) {
            throw new InvalidInputException("input.occurredAt", UserErrorCode.ILLEGAL_STATE,
                    "events must arrive in order; the last one happened at " + last.occurredAt());
        }
        List<Event> next = new ArrayList<>(events);
        next.add(event);
        return new Shipment(id, carrierId, packages, createdAt, next, direction, rmaNumber);
    }

    // ---- corrections: a later event replaces the last one, both stay recorded ------------------------------------

    /** The events as they stand: each corrected event replaced by its correction, oldest first. */
    List<Event> effectiveEvents() {
        java.util.Set<String> corrected = new java.util.HashSet<>();
        for (Event event : events) {
            if (event.corrects() != null) {
                corrected.add(event.corrects());
            }
        }
        return corrected.isEmpty() ? events : events.stream().filter(event -> !corrected.contains(event.eventId())).toList();
    }

    /** The last event as it stands (a correction, if the last one was corrected); null before the first. */
    Event lastEffectiveEvent() {
        List<Event> effective = effectiveEvents();
        return effective.isEmpty() ? null : effective.getLast();
    }

    /** The id of the later event that corrected this one, or null. */
    String correctionOf(String eventId) {
        return events.stream().filter(event -> eventId.equals(event.corrects())).map(Event::eventId).findFirst().orElse(null);
    }

    /** Until when the last event may be corrected; null when it may not be (none, or recorded without a window). */
    Instant correctableUntil() {
        Event last = lastEffectiveEvent();
        return last == null ? null : last.correctableUntil();
    }

    /** Who reported the last event as it stands (the token's subject), or null before the first. */
    String lastReportedBy() {
        Event last = lastEffectiveEvent();
        return last == null ? null : last.recordedBy();
    }

    /** The events a correction of the last one may report: those legal after the events before it. */
    List<EventType> correctionEvents() {
        List<Event> effective = effectiveEvents();
        if (effective.isEmpty() || events.size() >= MAX_EVENTS) {
            return List.of();
        }
        List<Event> before = effective.subList(0, effective.size() - 1);
        boolean pickedUpBefore = before.stream().anyMatch(event -> event.type() == EventType.PICKED_UP);
        return pickedUpBefore ? List.of(EventType.IN_TRANSIT, EventType.DELIVERED, EventType.EXCEPTION)
                : List.of(EventType.PICKED_UP, EventType.EXCEPTION);
    }

    /**
     * Refuses a correction of {@code corrects} at {@code now} with the reason: only the last event, only within its window.
     * The access policy decides who; this says why the moment is wrong.
     */
    void checkCorrectable(String corrects, Instant now) {
        Event last = lastEffectiveEvent();
        if (last == null || !last.eventId().equals(corrects)) {
            throw new InvalidInputException("input.corrects", UserErrorCode.ILLEGAL_STATE, "only the last event can be corrected"
                    + (last == null ? "; none was reported yet" : "; it is " + last.eventId()));
        }
        if (last.correctableUntil() == null || !now.isBefore(last.correctableUntil())) {
            throw new InvalidInputException("input.corrects", UserErrorCode.DEADLINE_PASSED,
                    "the event can no longer be corrected; its correction window ended"
                            + (last.correctableUntil() == null ? "" : " at " + last.correctableUntil()));
        }
    }

    /**
     * Adds a correction of the last event: the correction names it, is one of {@link #correctionEvents()} and happened no
     * earlier than the event before the corrected one. The corrected event stays in the list.
     */
    Shipment correctedBy(Event correction, Instant now) {
        checkCorrectable(correction.corrects(), now);
        if (events.size() >= MAX_EVENTS) {
            throw new InvalidInputException("input.type", UserErrorCode.TOO_MANY, "a shipment keeps at most " + MAX_EVENTS + " events");
        }
        if (!correctionEvents().contains(correction.type())) {
            throw new InvalidInputException("input.type", UserErrorCode.ILLEGAL_STATE,
                    "the last event can be corrected into one of " + correctionEvents());
        }
        List<Event> effective = effectiveEvents();
        if (effective.size() >= 2 && correction.occurredAt().isBefore(effective.get(effective.size() - 2).occurredAt())) {
            throw new InvalidInputException("input.occurredAt", UserErrorCode.ILLEGAL_STATE,
                    "events must stay in order; the event before happened at " + effective.get(effective.size() - 2).occurredAt());
        }
        List<Event> next = new ArrayList<>(events);
        next.add(correction);
        return withEvents(next);
    }

    private Shipment withEvents(List<Event> next) {
        return new Shipment(id, carrierId, packages, createdAt, next, direction, rmaNumber);
    }
}
