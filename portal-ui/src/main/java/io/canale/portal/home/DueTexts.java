package io.canale.portal.home;

import io.canale.portal.lead.TimeLeft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiFunction;

/**
 * When a waiting record is due, in words: the time a lead has left to be answered ("2 days left", "ancora 5 h"),
 * the day an order or shipment is requested for. Records without a deadline say nothing.
 *
 * @param translate message key and parameter to text, in the reader's language
 */
record DueTexts(BiFunction<String, Object, String> translate, java.util.function.Function<LocalDate, String> day) {

    String of(TodoKind kind, Instant dueAt, Instant now) {
        if (dueAt == null) {
            return "";
        }
        if (kind == TodoKind.LEADS_TO_ANSWER) {
            TimeLeft left = TimeLeft.until(dueAt, now);
            return translate.apply(left.key(), left.amount());
        }
        if (kind == TodoKind.FUND_CLAIMS_DUE) {
            // The deadline is the first moment after the last day a claim is taken.
            return translate.apply("home.todo.claimBy", day.apply(LocalDate.ofInstant(dueAt.minusSeconds(1), ZoneOffset.UTC)));
        }
        // Orders and shipments are due on a calendar day: the API sends its start in UTC.
        return translate.apply("home.todo.requestedFor", day.apply(LocalDate.ofInstant(dueAt, ZoneOffset.UTC)));
    }
}
