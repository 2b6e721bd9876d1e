package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A file over the upload limit gets 413 in the endpoints' own error shape (a small limit stands in for 50 MB). */
@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=1KB"})
class UploadLimitTests extends IntegrationTestBase {

    @Test
    void files_over_the_limit_are_refused_with_413_in_the_user_errors_shape() {
        byte[] big = ("name,email,country\n" + "Ada,ada@example.com,IT\n".repeat(100)).getBytes();
        for (String[] endpoint : new String[][] {{"/imports/leads", "staff@canale.demo"}, {"/imports/stock", "supplier@canale.demo"}}) {
            HttpResponse<String> refused = http.upload(endpoint[0], tokenFor(endpoint[1]), "big.csv", big);
            assertThat(refused.statusCode()).as(endpoint[0]).isEqualTo(413);
            assertThat(Http.json(refused).at("/errors/0/field/0").asString()).isEqualTo("file");
            assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        }
    }
}
