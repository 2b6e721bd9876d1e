package io.canale.shared;

import java.time.Instant;

/**
 * One record waiting for someone, as the home lists it: its id, the name it is known by (a company, a customer, a
 * product, a subject — data, not a sentence), and when it is due (null when it has no deadline).
 */
public record TodoItem(String recordId, String title, Instant dueAt) {
}
