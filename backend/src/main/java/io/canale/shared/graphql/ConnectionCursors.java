package io.canale.shared.graphql;

import io.canale.shared.InvalidCursorException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The cursors callers see: opaque (URL-safe Base64) and bound to the connection that issued them. A cursor
 * carries a format version, the connection's schema coordinates (e.g. {@code Query.partners}), a checksum
 * and the keyset position ({@link KeysetCursors}). Opening it for another connection, or after any edit,
 * fails with {@link InvalidCursorException}.
 *
 * <p>The checksum is not a signature: it catches edited and truncated cursors, not a forger who recomputes
 * it. Nothing depends on that: a position is only a place in the connection's sort, checked against that
 * sort's keys ({@link io.canale.shared.Pages}), and a page still shows only what the caller may see.
 */
final class ConnectionCursors {

    /** Far longer than any cursor we issue; longer text is refused before decoding. */
    static final int MAX_LENGTH = 2_048;

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '|';

    private ConnectionCursors() {
    }

    static String issue(String connection, String position) {
        String payload = VERSION + SEPARATOR + connection + SEPARATOR + checksum(connection, position) + SEPARATOR + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside a cursor this connection issued; refuses anything else. */
    static String open(String connection, String cursor) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException();
        }
        String[] parts = text(cursor).split("\\|", 4);
        if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[1].equals(connection)
                || !parts[2].equals(checksum(connection, parts[3]))) {
            throw new InvalidCursorException();
        }
        return parts[3];
    }

    private static String text(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException ex) {
            throw new InvalidCursorException();
        }
    }

    private static String checksum(String connection, String position) {
        CRC32C crc = new CRC32C();
        crc.update((connection + SEPARATOR + position).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
