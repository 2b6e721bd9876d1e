package io.canale.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Large hostile files generated while they are sent, so no test commits or buffers them: a file is a sequence of
 * pieces, and the upload is multipart/form-data streamed in chunks, as the import endpoints take it.
 */
public final class GeneratedUploads {

    private GeneratedUploads() {
    }

    /** The text of {@code count} pieces, each made when the reader gets to it. */
    public static InputStream pieces(int count, IntFunction<String> piece) {
        return new InputStream() {
            int next;
            byte[] current = new byte[0];
            int position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                while (position == current.length) {
                    if (next == count) {
                        return -1;
                    }
                    current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    public static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(parts)));
    }

    public static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs {@code content} as the multipart field {@code file}, chunked (no length is known in advance). */
    public static HttpResponse<String> upload(Http http, String pathAndQuery, String token, String fileName,
            InputStream content) {
        String boundary = "canale-" + UUID.randomUUID();
        InputStream body = concat(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n"), content, text("\r\n--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException("no answer to the upload to " + pathAndQuery, ex);
        }
    }
}
