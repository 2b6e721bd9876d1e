package io.canale.shared.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.IntegrationTestBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caller who may not upload is refused before the upload is read: the answer comes while the announced body is
 * still on its way (here it never arrives), so a refused caller cannot make the server buffer its file.
 */
class UploadsBeforeChecksTests extends IntegrationTestBase {

    @LocalServerPort
    int serverPort;

    @Test
    void a_caller_without_the_upload_scope_is_refused_before_its_file_is_sent() throws IOException {
        String token = tokenFor("carrier-system"); // neither leads:write nor stock:write
        for (String path : new String[] {"/imports/stock", "/imports/leads"}) {
            assertThat(statusLineBeforeTheBody(path, token)).as(path).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void a_caller_who_may_upload_is_still_answered_only_after_its_file() throws IOException {
        String token = tokenFor("supplier-system");
        assertThat(statusLineBeforeTheBody("/imports/stock", token)).as("nothing until the file has come").isNull();
    }

    /** Announces a 10 MB multipart body, sends its first line, and reads the status line for up to 3 seconds. */
    private String statusLineBeforeTheBody(String path, String token) throws IOException {
        try (Socket socket = new Socket("localhost", serverPort)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Accept: application/json\r\nContent-Type: multipart/form-data; boundary=canale\r\n"
                    + "Content-Length: 10000000\r\n\r\n"
                    + "--canale\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
                    + "sku,available\r\n").getBytes(US_ASCII));
            out.flush();
            try {
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII)).readLine();
            } catch (java.net.SocketTimeoutException waiting) {
                return null;
            }
        }
    }
}
