package io.canale.leadimport;

import io.canale.lead.Lead;
import static org.assertj.core.api.Assertions.assertThat;
import org.awaitility.Awaitility;

import static io.canale.support.GeneratedUploads.concat;
import static io.canale.support.GeneratedUploads.pieces;
import static io.canale.support.GeneratedUploads.text;

import io.canale.support.GeneratedUploads;
import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/** CSV lead imports over HTTP: row errors, dry runs, file-level errors, resume without duplicates (100k rows: {@link LeadImportVolumeTests}). */
class LeadImportTests extends IntegrationTestBase {

    static final String HEADER = "name,email,phone,company,country,region,postal_code,product_line\n";
    static final String JOB = "query($id: ID!) { leadImport(id: $id) { status dryRun rowsRead rowsImported rowsFailed percent sizeBytes "
            + "error { code message } errorReportPath } }";

    @Autowired
    MongoOperations mongo;
    @Autowired
    LeadImporter importer;
    @Autowired
    LeadImports imports;
    @Autowired
    GridFsTemplate files;

    @Test
    void valid_rows_become_leads_and_bad_rows_are_reported_with_row_and_column() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + "Ada " + tag + ",ada-" + tag + "@example.com,,,IT,Lombardia,20100,Auto\n"
                + "Bea " + tag + ",not-an-email,,,IT,,,\n"
                + "Cleo " + tag + ",,+39 02 555 0000,Cleo SRL,IT,,,\n"
                + "," + tag + "@example.com,,,XX,,,\n";
        JsonNode job = await(upload(csv.getBytes(StandardCharsets.UTF_8), false, null));
        assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.path("rowsRead").asInt()).isEqualTo(4);
        assertThat(job.path("rowsImported").asInt()).isEqualTo(2);
        assertThat(job.path("rowsFailed").asInt()).isEqualTo(2);

        JsonNode errors = http.graphql(staff(), "query($id: ID!) { leadImportErrors(id: $id) { edges { node { row column code } } } }",
                Map.of("id", jobId)).at("/data/leadImportErrors/edges");
        assertThat(errors.toString()).contains("{\"row\":3,\"column\":\"email\",\"code\":\"INVALID\"}",
                "{\"row\":5,\"column\":\"name\",\"code\":\"REQUIRED\"}", "{\"row\":5,\"column\":\"country\",\"code\":\"INVALID\"}");
        HttpResponse<String> report = http.get(job.path("errorReportPath").asString(), staff(), "text/csv");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith("row,column,code,message").contains("3,email,INVALID");

        JsonNode leads = http.graphql(staff(), "{ leads(first: 100) { edges { node { source contact { name } } } } }");
        assertThat(leads.toString()).contains("Ada " + tag, "Cleo " + tag).doesNotContain("Bea " + tag);

        // Importing Ada again flags the new row as a possible duplicate of the first import's lead.
        JsonNode again = await(upload((HEADER + "Ada " + tag + ",ADA-" + tag + "@example.com,,,IT,,,\n").getBytes(StandardCharsets.UTF_8), false, null));
        assertThat(again.path("rowsImported").asInt()).isEqualTo(1);
        JsonNode flagged = http.graphql(staff(), "{ leads(first: 5) { edges { node { contact { email } possibleDuplicates { reason } } } } }");
        assertThat(flagged.toString()).contains("ADA-" + tag, "SAME_EMAIL");
    }

    @Test
    void a_dry_run_counts_without_creating_anything() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode job = await(upload((HEADER + "Dry " + tag + ",dry-" + tag + "@example.com,,,IT,,,\n").getBytes(StandardCharsets.UTF_8), true, null));
        assertThat(job.path("dryRun").asBoolean()).isTrue();
        assertThat(job.path("rowsImported").asInt()).isEqualTo(1);
        assertThat(http.graphql(staff(), "{ leads(first: 100) { edges { node { contact { name } } } } }").toString())
                .doesNotContain("Dry " + tag);
    }

    @Test
    void refused_uploads_answer_400_in_the_user_errors_shape() {
        HttpResponse<String> empty = post(staff(), "empty.csv", new byte[0], false, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).path("errors").get(0).toString())
                .isEqualTo("{\"field\":[\"file\"],\"code\":\"REQUIRED\",\"message\":\"the file is empty\"}");
        HttpResponse<String> delimiter = post(staff(), "x.csv", HEADER.getBytes(StandardCharsets.UTF_8), false, "#");
        assertThat(delimiter.statusCode()).isEqualTo(400);
        assertThat(Http.json(delimiter).at("/errors/0/field/0").asString()).isEqualTo("delimiter");
        assertThat(Http.json(delimiter).at("/errors/0/code").asString()).isEqualTo("INVALID");
        HttpResponse<String> noFile = http.postJson("/imports/leads", staff(), "{}", "application/json");
        assertThat(noFile.statusCode()).isIn(400, 415);
    }

    @Test
    void progress_reaches_100_percent_when_the_job_completes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1200; i++) {
            csv.append("Pct ").append(tag).append(' ').append(i).append(",p").append(i).append('-').append(tag).append("@example.com,,,IT,,,\n");
        }
        JsonNode done = await(upload(csv.toString().getBytes(StandardCharsets.UTF_8), true, null));
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        // Midway, the percentage follows the bytes read at the last checkpoint and never claims completion.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().set("status", "RUNNING")
                .set("bytesRead", done.path("sizeBytes").asLong() / 2), LeadImportJob.class);
        assertThat(job(jobId).path("percent").asInt()).isBetween(49, 50);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update()
                .set("bytesRead", done.path("sizeBytes").asLong()), LeadImportJob.class);
        assertThat(job(jobId).path("percent").asInt()).isEqualTo(99);
    }

    @Test
    void file_level_problems_fail_the_job_with_a_clear_error() {
        assertThat(await(upload("name;email;country\nA;a@x.it;IT\n".getBytes(StandardCharsets.UTF_8), false, null))
                .at("/error/code").asString()).isEqualTo("WRONG_DELIMITER");
        assertThat(await(upload("name;email;country\nA;a@x.it;IT\n".getBytes(StandardCharsets.UTF_8), false, ";"))
                .path("status").asString()).isEqualTo("COMPLETED");
        JsonNode missing = await(upload("name,region\nA,Lazio\n".getBytes(StandardCharsets.UTF_8), false, null));
        assertThat(missing.at("/error/code").asString()).isEqualTo("MISSING_COLUMNS");
        assertThat(missing.at("/error/message").asString()).contains("country", "email or phone");
        byte[] latin1 = (HEADER + "Niccolò,n@x.it,,,IT,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(await(upload(latin1, false, null)).at("/error/code").asString()).isEqualTo("BAD_ENCODING");
    }

    @Test
    void a_job_resumed_after_a_crash_creates_no_duplicates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1200; i++) {
            csv.append("Resume ").append(tag).append(' ').append(i).append(",r").append(i).append('-').append(tag).append("@example.com,,,IT,,,\n");
        }
        JsonNode done = await(upload(csv.toString().getBytes(StandardCharsets.UTF_8), false, null));
        assertThat(done.path("rowsImported").asInt()).isEqualTo(1200);
        long leadsBefore = leadsOfTag(tag);
        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(mongo.findById(jobId, LeadImportJob.class)
                .fileId()))))).as("a finished job's file is deleted").isNull();
        // As if the worker died after inserting everything but before its last checkpoints: the job is still
        // running and its file still stored.
        String fileId = files.store(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "again.csv",
                "text/csv", new org.bson.Document(LeadImports.KIND, LeadImports.IMPORT_FILE)).toHexString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().set("status", "RUNNING")
                .set("heartbeatAt", java.time.Instant.now().minus(Duration.ofHours(1))).set("checkpointRow", 400L)
                .set("rowsRead", 399L).set("rowsImported", 399L).set("claimedBy", "dead-worker").set("fileId", fileId),
                LeadImportJob.class);
        assertThat(imports.sweepFilesStoredBefore(java.time.Instant.now().plusSeconds(60)))
                .as("the sweep keeps the file of a job still at work").isZero();
        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))))).isNotNull();
        assertThat(importer.work(jobId)).isTrue();
        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))))).isNull();
        JsonNode resumed = job(jobId);
        assertThat(resumed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.path("rowsRead").asInt()).isEqualTo(1200);
        assertThat(resumed.path("rowsImported").asInt()).isEqualTo(1200);
        assertThat(leadsOfTag(tag)).isEqualTo(leadsBefore).isEqualTo(1200);
    }

    @Test
    void each_batch_stages_its_leads_change_entries_in_one_document_and_every_lead_reaches_the_feed_once() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1200; i++) { // batches of 500, 500 and 200
            csv.append("Resume ").append(tag).append(' ').append(i).append(",s").append(i).append('-').append(tag).append("@example.com,,,IT,,,\n");
        }
        java.util.List<String> sent = io.canale.support.SentCommands.during(() ->
                assertThat(await(upload(csv.toString().getBytes(StandardCharsets.UTF_8), false, null)).path("rowsImported").asInt()).isEqualTo(1200));
        assertThat(sent.stream().filter("insert change_staging"::equals)).as("staged batches").hasSize(3);

        java.util.List<String> leadIds = mongo.find(Query.query(Criteria.where("details.contact.name").regex("^Resume " + tag + " ")), Lead.class)
                .stream().map(Lead::id).toList();
        assertThat(leadIds).hasSize(1200);
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> mongo.getCollection("changes")
                .countDocuments(com.mongodb.client.model.Filters.in("recordId", leadIds)) >= 1200);
        java.util.List<String> entries = mongo.getCollection("changes").find(com.mongodb.client.model.Filters.in("recordId", leadIds))
                .map(entry -> entry.getString("changeType") + " " + entry.getString("recordId")).into(new java.util.ArrayList<>());
        assertThat(entries).as("one CREATED entry per lead").hasSize(1200).doesNotHaveDuplicates().allMatch(entry -> entry.startsWith("CREATED "));
        assertThat(mongo.getCollection("leads").find(com.mongodb.client.model.Filters.in("_id", leadIds)).into(new java.util.ArrayList<>()))
                .as("leads written with an entry of their own").noneMatch(lead -> lead.containsKey("_changes"));
    }

    @Test
    void a_million_columns_or_a_50_mb_field_fail_their_job_clearly_while_another_partners_import_completes() {
        String wide = streamed(staff(), concat(text("name,email,country"), pieces(1_000_000, i -> ",extra" + i),
                text("\nAda,ada@example.com,IT\n")));
        String deep = streamed(staff(), concat(text("name,email,country,notes\nAda,ada@example.com,IT,\""),
                pieces(50_000, i -> "x".repeat(1000)), text("\"\n")));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> normal = post(tokenFor("dealer@canale.demo"), "leads.csv",
                (HEADER + "Normal " + tag + ",n-" + tag + "@example.com,,,IT,,,\n").getBytes(StandardCharsets.UTF_8), false, null);
        assertThat(normal.statusCode()).as(normal.body()).isEqualTo(202);

        JsonNode wideJob = await(wide);
        assertThat(wideJob.path("status").asString()).isEqualTo("FAILED");
        assertThat(wideJob.at("/error/code").asString()).isEqualTo("TOO_LARGE");
        assertThat(wideJob.at("/error/message").asString()).startsWith("The header has more than 256 columns");
        JsonNode deepJob = await(deep);
        assertThat(deepJob.path("status").asString()).isEqualTo("FAILED");
        assertThat(deepJob.at("/error/code").asString()).isEqualTo("TOO_LARGE");
        assertThat(deepJob.at("/error/message").asString()).startsWith("Row 2 has a field of more than 65536 characters");
        JsonNode normalJob = await(Http.json(normal).path("id").asString());
        assertThat(normalJob.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(normalJob.path("rowsImported").asInt()).isEqualTo(1);
        HttpResponse<String> health = http.get("/actuator/health", null, "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void every_run_counts_as_an_attempt_and_a_job_out_of_attempts_fails_when_resumed_instead_of_being_read_again() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = (HEADER + "Poison " + tag + ",p-" + tag + "@example.com,,,IT,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(await(upload(csv, false, null)).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(mongo.findById(jobId, LeadImportJob.class).attempts()).isEqualTo(1);
        // As if the process had died while working the job on each of its 3 attempts: the job is still running, its
        // worker silent, its file stored, and nothing of it imported yet.
        mongo.remove(Query.query(Criteria.where("details.contact.name").is("Poison " + tag)), Lead.class);
        String fileId = files.store(new ByteArrayInputStream(csv), "poison.csv", "text/csv",
                new org.bson.Document(LeadImports.KIND, LeadImports.IMPORT_FILE)).toHexString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().set("status", "RUNNING")
                .set("heartbeatAt", java.time.Instant.now().minus(Duration.ofHours(1))).set("claimedBy", "dead-worker")
                .set("fileId", fileId).set("attempts", 3).set("checkpointRow", 0L).set("rowsRead", 0L)
                .set("rowsImported", 0L).unset("finishedAt"), LeadImportJob.class);

        imports.resumeAbandoned(); // what a restart runs when the application is ready, and the sweep every 30 s

        JsonNode failed = await(jobId);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/error/code").asString()).isEqualTo("ATTEMPTS_EXHAUSTED");
        assertThat(failed.at("/error/message").asString()).contains("started 3 times without finishing");
        assertThat(failed.path("rowsRead").asInt()).as("the file was not read again").isZero();
        assertThat(mongo.count(Query.query(Criteria.where("details.contact.name").is("Poison " + tag)), Lead.class)).isZero();
        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))))).isNull();
    }

    @Test
    void an_unexpected_failure_gives_the_job_back_for_a_later_attempt_and_fails_it_on_the_last() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        await(upload((HEADER + "Lost " + tag + ",l-" + tag + "@example.com,,,IT,,,\n").getBytes(StandardCharsets.UTF_8), true, null));
        // The stored file is gone: not the file's fault, so the job is not failed on the first try.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().set("status", "QUEUED")
                .set("fileId", new ObjectId().toHexString()).set("attempts", 0).unset("finishedAt"), LeadImportJob.class);
        assertThat(importer.work(jobId)).isTrue();
        LeadImportJob givenBack = mongo.findById(jobId, LeadImportJob.class);
        assertThat(givenBack.status()).isEqualTo(LeadImportJob.Status.QUEUED);
        assertThat(givenBack.attempts()).isEqualTo(1);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().set("attempts", 2), LeadImportJob.class);
        assertThat(importer.work(jobId)).isTrue();
        assertThat(job(jobId).at("/error/code").asString()).isEqualTo("ATTEMPTS_EXHAUSTED");
        assertThat(job(jobId).path("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void a_file_left_over_by_a_crash_is_swept_and_other_files_are_kept() {
        String leftover = files.store(new ByteArrayInputStream("name\n".getBytes(StandardCharsets.UTF_8)), "left.csv",
                "text/csv", new org.bson.Document(LeadImports.KIND, LeadImports.IMPORT_FILE)).toHexString();
        String other = files.store(new ByteArrayInputStream("photo".getBytes(StandardCharsets.UTF_8)), "photo.jpg",
                "image/jpeg").toHexString();

        assertThat(imports.sweepFilesStoredBefore(java.time.Instant.now().plusSeconds(60))).isPositive();

        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(leftover))))).isNull();
        assertThat(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(other))))).as("not an import file").isNotNull();
    }

    @Test
    void another_partner_cannot_see_or_download_an_import() {
        String id = upload((HEADER + "X,x@x.it,,,IT,,,\n").getBytes(StandardCharsets.UTF_8), true, null);
        assertThat(await(id).path("status").asString()).as("staff see it").isEqualTo("COMPLETED");
        assertThat(http.get("/imports/leads/" + id + "/errors.csv", staff(), "text/csv").statusCode()).isEqualTo(200);
        String dealer = tokenFor("dealer@canale.demo");
        assertThat(http.graphql(dealer, JOB, Map.of("id", id)).at("/data/leadImport").isNull()).isTrue();
        assertThat(http.get("/imports/leads/" + id + "/errors.csv", dealer, "text/csv").statusCode()).isEqualTo(404);
        assertThat(http.get("/imports/leads/" + id + "/errors.csv", null, "text/csv").statusCode()).isEqualTo(401);
        assertThat(post(tokenFor("carrier-system"), "x.csv", "a".getBytes(), false, null).statusCode()).isEqualTo(403);
    }

    private String jobId;

    private long leadsOfTag(String tag) {
        return mongo.count(Query.query(Criteria.where("details.contact.name").regex("^Resume " + tag + " ")), Lead.class);
    }

    private JsonNode await(String id) {
        return await(id, Duration.ofMinutes(1));
    }

    private JsonNode await(String id, Duration atMost) {
        jobId = id;
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = job(id).path("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return job(id);
    }

    private JsonNode job(String id) {
        return http.graphql(staff(), JOB, Map.of("id", id)).at("/data/leadImport");
    }

    private String upload(byte[] content, boolean dryRun, String delimiter) {
        HttpResponse<String> response = post(staff(), "leads.csv", content, dryRun, delimiter);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Http.json(response).path("id").asString();
    }

    private String streamed(String token, java.io.InputStream content) {
        HttpResponse<String> response = GeneratedUploads.upload(http, "/imports/leads", token, "leads.csv", content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Http.json(response).path("id").asString();
    }

    private HttpResponse<String> post(String token, String name, byte[] content, boolean dryRun, String delimiter) {
        String query = "?dryRun=" + dryRun + (delimiter == null ? "" : "&delimiter=" + java.net.URLEncoder.encode(delimiter, StandardCharsets.UTF_8));
        return http.upload("/imports/leads" + query, token, name, content);
    }

    private String staff() {
        return tokenFor("staff@canale.demo");
    }
}
