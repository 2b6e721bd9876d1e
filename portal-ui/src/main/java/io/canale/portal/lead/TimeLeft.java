package io.canale.portal.lead;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a routed dealer has left to accept a lead, rounded down to what matters at a glance: whole days
 * from two days on, whole hours from one hour on, minutes below, and "expired" once the deadline passed.
 *
 * @param key the message key ({@code lead.timeLeft.*})
 * @param amount its parameter; 0 for "expired"
 */
public record TimeLeft(String key, long amount) {

    static final String DAYS = "lead.timeLeft.days";
    static final String HOURS = "lead.timeLeft.hours";
    static final String MINUTES = "lead.timeLeft.minutes";
    static final String EXPIRED = "lead.timeLeft.expired";

    public static TimeLeft until(Instant acceptBy, Instant now) {
        Duration left = Duration.between(now, acceptBy);
        if (left.isNegative() || left.isZero()) {
            return new TimeLeft(EXPIRED, 0);
        }
        if (left.toHours() >= 48) {
            return new TimeLeft(DAYS, left.toDays());
        }
        if (left.toHours() >= 1) {
            return new TimeLeft(HOURS, left.toHours());
        }
        // "0 min left" would read as expired: under a minute still counts as one.
        return new TimeLeft(MINUTES, Math.max(1, left.toMinutes()));
    }

    boolean expired() {
        return EXPIRED.equals(key);
    }
}
