package io.canale.leadimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A 100,000-row import, in an application context (and in-memory store) of its own that is closed afterwards: in the
 * context the other test classes share, its 100,000 leads and their change entries would stay behind, and the feed's
 * consumers (notifications, webhooks, mails) would still be working through them while later tests wait for theirs.
 */
@TestPropertySource(properties = "canale.test.context=lead-import-volume")
@DirtiesContext
class LeadImportVolumeTests extends IntegrationTestBase {

    @Test
    void one_hundred_thousand_rows_stream_through(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("leads.csv");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(LeadImportTests.HEADER.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write(("Cliente " + i + ",c" + i + "-" + tag + "@example.com,,,IT,Lazio,001" + (i % 100) + ",Auto\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        String staff = tokenFor("staff@canale.demo");
        HttpResponse<String> accepted = http.upload("/imports/leads?dryRun=false", staff, "leads.csv", Files.readAllBytes(file));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = Http.json(accepted).path("id").asString();

        Awaitility.await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                // a fresh token per poll: under load the import may outlast one token's lifetime
                .until(() -> java.util.Set.of("COMPLETED", "FAILED").contains(job(tokenFor("staff@canale.demo"), id).path("status").asString()));
        JsonNode job = job(tokenFor("staff@canale.demo"), id);
        assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.path("rowsRead").asInt()).isEqualTo(100_000);
        assertThat(job.path("rowsImported").asInt()).isEqualTo(100_000);
        assertThat(job.path("rowsFailed").asInt()).isZero();
    }

    private JsonNode job(String token, String id) {
        return http.graphql(token, LeadImportTests.JOB, Map.of("id", id)).at("/data/leadImport");
    }
}
