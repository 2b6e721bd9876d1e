package io.canale.shared.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.canale.shared.TimelineEntry;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Timeline texts in the reader's language (the request's {@code Accept-Language}, Italian or English),
 * from the message bundles; the stored English summary when a bundle has no text for the event.
 */
@Controller
public class TimelineTexts {

    private final MessageSource messages;

    TimelineTexts(MessageSource messages) {
        this.messages = messages;
    }

    @SchemaMapping(typeName = "TimelineEntry", field = "summary")
    String summary(TimelineEntry entry, DataFetchingEnvironment env) {
        return summaryOf(entry, env.getLocale());
    }

    public String summaryOf(TimelineEntry entry, Locale locale) {
        return text("timeline." + entry.event(), entry.args().toArray(), entry.summary(), locale);
    }

    /** A bundle text with arguments, or the fallback when the bundle has none. */
    public String text(String key, Object[] args, String fallback, Locale locale) {
        return messages.getMessage(key, args, fallback, locale == null ? Locale.ENGLISH : locale);
    }
}
