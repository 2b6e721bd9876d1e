package io.canale.shared.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.canale.shared.TimelineEntry;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Timeline texts in the reader's language (the request's {@code Accept-Language}, Italian or English),
 * from the message bundles; the stored English summary when a bundle has no text for the event. Moments, days and
 * counts among the arguments are written as the reader reads them ({@link ReaderValues}): in the reader's time zone
 * ({@link ReaderZone}), never as raw ISO text, and counts choose their plural in the bundle's pattern.
 */
@Controller
public class TimelineTexts {

    /** Arguments that are codes, per event: argument index → kind of code, said in words ({@code code.<kind>.<code>}). */
    private static final Map<String, Map<Integer, String>> CODES = Map.of(
            "STAGE_CHANGED", Map.of(0, "stage", 1, "stage"),
            "OPPORTUNITY_OPENED", Map.of(0, "stage"),
            "LEAD_CAPTURED", Map.of(0, "leadSource"));

    private final MessageSource messages;

    TimelineTexts(MessageSource messages) {
        this.messages = messages;
    }

    @SchemaMapping(typeName = "TimelineEntry", field = "summary")
    String summary(TimelineEntry entry, DataFetchingEnvironment env) {
        return summaryOf(entry, env.getLocale(), ReaderZone.of(env.getGraphQlContext()));
    }

    /** The entry's text for the request's reader. */
    public String summaryOf(TimelineEntry entry, DataFetchingEnvironment env) {
        return summaryOf(entry, env.getLocale(), ReaderZone.of(env.getGraphQlContext()));
    }

    /** The entry's text for a reader whose time zone is not known (moments in UTC, named). */
    public String summaryOf(TimelineEntry entry, Locale locale) {
        return summaryOf(entry, locale, null);
    }

    /** The entry's text in the reader's language and time zone (null: not known). */
    public String summaryOf(TimelineEntry entry, Locale locale, ZoneId zone) {
        Object[] args = entry.args().toArray();
        Map<Integer, String> codes = CODES.getOrDefault(entry.event(), Map.of());
        codes.forEach((index, kind) -> {
            if (index < args.length && args[index] instanceof String code && !code.isBlank()) {
                args[index] = messages.getMessage("code." + kind + "." + code, null, code, locale == null ? Locale.ENGLISH : locale);
            }
        });
        return text("timeline." + entry.event(), args, entry.summary(), locale, zone);
    }

    /** A bundle text with arguments in the language, time zone and format of the request's reader. */
    public String text(String key, Object[] args, String fallback, DataFetchingEnvironment env) {
        return text(key, args, fallback, env.getLocale(), ReaderZone.of(env.getGraphQlContext()));
    }

    /** A bundle text with arguments, or the fallback when the bundle has none; moments in UTC, named. */
    public String text(String key, Object[] args, String fallback, Locale locale) {
        return text(key, args, fallback, locale, null);
    }

    /** A bundle text with arguments in the reader's language and time zone (null: not known). */
    public String text(String key, Object[] args, String fallback, Locale locale, ZoneId zone) {
        Locale reader = locale == null ? Locale.ENGLISH : locale;
        try {
            return messages.getMessage(key, ReaderValues.typed(args, reader, zone), fallback, reader);
        } catch (IllegalArgumentException unfitArguments) {
            // e.g. a plural pattern given a stored argument that is no count: the stored English text still says it
            return fallback;
        }
    }
}
