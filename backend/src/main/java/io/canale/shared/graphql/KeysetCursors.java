package io.canale.shared.graphql;

import io.canale.shared.InvalidCursorException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * Writes a keyset position as text and reads it back, strictly: each key with the type of its value
 * ({@code name=s:Rossi&id=s:p-17}). Only the types our sorts use are known; anything else read back is
 * refused as {@link InvalidCursorException}, anything else written is a server bug (a new sort on a type
 * this class does not know yet). Unlike Spring's JSON cursors, reading a cursor never instantiates a type
 * named by the caller, and an {@link Instant} comes back as an instant, not as a number.
 *
 * <p>This is the inner part of a cursor; {@link ConnectionCursors} makes it opaque and binds it to its
 * connection.
 */
final class KeysetCursors implements CursorStrategy<ScrollPosition> {

    @Override
    public boolean supports(Class<?> targetType) {
        return ScrollPosition.class.isAssignableFrom(targetType);
    }

    @Override
    public String toCursor(ScrollPosition position) {
        if (!(position instanceof KeysetScrollPosition keyset) || keyset.isInitial()) {
            throw new IllegalStateException("only keyset positions after a record become cursors, not " + position);
        }
        StringJoiner cursor = new StringJoiner("&");
        keyset.getKeys().forEach((key, value) -> cursor.add(encode(key) + "=" + typed(value)));
        return cursor.toString();
    }

    @Override
    public ScrollPosition fromCursor(String cursor) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String pair : cursor.split("&", -1)) {
            int equals = pair.indexOf('=');
            int colon = pair.indexOf(':', equals + 1);
            if (equals < 1 || colon != equals + 2) {
                throw new InvalidCursorException();
            }
            String key = decode(pair.substring(0, equals));
            if (keys.containsKey(key)) {
                throw new InvalidCursorException();
            }
            keys.put(key, value(pair.charAt(equals + 1), decode(pair.substring(colon + 1))));
        }
        return ScrollPosition.forward(keys);
    }

    private static String typed(Object value) {
        return switch (value) {
            case null -> "n:";
            case String text -> "s:" + encode(text);
            case Instant instant -> "t:" + instant;
            case Integer number -> "i:" + number;
            case Long number -> "l:" + number;
            case Boolean flag -> "b:" + flag;
            // Stored as its name, and read back as text: the query compares it with the stored string.
            case Enum<?> constant -> "s:" + encode(constant.name());
            default -> throw new IllegalStateException("no cursor encoding for sort values of " + value.getClass());
        };
    }

    private static Object value(char type, String text) {
        try {
            return switch (type) {
                case 'n' -> {
                    if (!text.isEmpty()) {
                        throw new InvalidCursorException();
                    }
                    yield null;
                }
                case 's' -> text;
                case 't' -> Instant.parse(text);
                case 'i' -> Integer.valueOf(text);
                case 'l' -> Long.valueOf(text);
                case 'b' -> switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidCursorException();
                };
                default -> throw new InvalidCursorException();
            };
        } catch (NumberFormatException | DateTimeException ex) {
            throw new InvalidCursorException();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            throw new InvalidCursorException();
        }
    }
}
