package io.canale.order;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out human-readable order numbers such as {@code 2026-000123}: the year of submission (UTC) and a sequence per
 * year. One counter document per year, raised with {@code $inc} in a single findAndModify, so two nodes never draw the
 * same number; a number drawn by a submission that then fails is skipped (gaps, never repeats).
 */
@Component
class OrderNumbers {

    /** One year's counter: the last number handed out. */
    @Document("order_numbers")
    record Counter(@Id String year, long last) {
    }

    private final MongoOperations mongo;

    OrderNumbers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The next number of the year {@code at} falls in. */
    String next(Instant at) {
        return next(at, 1).getFirst();
    }

    /** The next {@code count} numbers of the year {@code at} falls in, in order, drawn with one write. */
    java.util.List<String> next(Instant at, int count) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(String.valueOf(year))), new Update().inc("last", count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        java.util.List<String> drawn = new java.util.ArrayList<>(count);
        for (long sequence = counter.last() - count + 1; sequence <= counter.last(); sequence++) {
            drawn.add(format(year, sequence));
        }
        return drawn;
    }

    static String format(int year, long sequence) {
        return "%d-%06d".formatted(year, sequence);
    }

    /**
     * The number a reader typed, in its stored form: "2026-123" and " 2026-000123 " both answer "2026-000123"; null
     * when the text is no order number at all (then nothing matches).
     */
    static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,9})").matcher(typed.strip());
        return matcher.matches() ? format(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))) : null;
    }
}
