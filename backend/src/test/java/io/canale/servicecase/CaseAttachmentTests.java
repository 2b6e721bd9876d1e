package io.canale.servicecase;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.shared.PartnerType;
import io.canale.shared.files.AttachmentStore;
import io.canale.support.IntegrationTestBase;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Files on comments: uploaded by the comment's author only (decided before the file is read), kept only when their
 * content is a photo or a PDF, within size and count limits, and downloaded only by those who read the comment;
 * everybody else finds nothing.
 */
class CaseAttachmentTests extends IntegrationTestBase {

    static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
            "rest of a tiny photo");
    static final byte[] JPEG = bytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
            "rest of a photo");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(UTF_8);
    static final byte[] SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".getBytes(UTF_8);

    static final List<String> OUTSIDERS = List.of("dealer2@canale.demo", "dealer2-system", "supplier@canale.demo", "supplier-system",
            "carrier@canale.demo", "carrier-system");
    static final String COMMENT = "mutation($id: ID!, $v: CommentVisibility!, $to: ID) { commentOnServiceCase(input: {id: $id, "
            + "visibility: $v, addressedTo: $to, body: \"see the photo\"}) { comment { id } userErrors { field code message } } }";
    static final String THREAD = "query($id: ID!) { serviceCase(id: $id) { comments { id attachments { id fileName contentType size "
            + "downloadPath } viewerCan { attach } } } }";

    @LocalServerPort
    int serverPort;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MongoDatabaseFactory database;

    @Autowired
    MongoConverter converter;

    @Autowired
    AttachmentStore store;

    @Autowired
    AccessPolicy policy;

    @Autowired
    ServiceProperties properties;

    @Autowired
    CaseAttachments attachments;

    @Test
    void the_author_uploads_and_the_author_the_other_party_and_staff_download_it_as_a_download() throws Exception {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);

        HttpResponse<String> uploaded = upload(dealer, caseId, commentId, "../Foto danno\u202e gpj.png", "image/png", PNG);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = json(uploaded);
        assertThat(file.path("contentType").asString()).isEqualTo("image/png");
        assertThat(file.path("size").asLong()).isEqualTo(PNG.length);
        assertThat(file.path("fileName").asString()).as("no path, no bidi control").isEqualTo("Foto danno gpj.png");
        String path = file.path("downloadPath").asString();
        assertThat(path).isEqualTo("/service-cases/" + caseId + "/attachments/" + file.path("id").asString());
        assertThat(uploaded.headers().firstValue("Location")).contains(path);

        for (String reader : List.of("dealer@canale.demo", "dealer-system", "supplier2@canale.demo", "staff@canale.demo")) {
            HttpResponse<byte[]> download = download(tokenFor(reader), path);
            assertThat(download.statusCode()).as(reader).isEqualTo(200);
            assertThat(download.body()).as(reader).isEqualTo(PNG);
            assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; ").endsWith("; filename*=UTF-8''Foto%20danno%20gpj.png");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(download.headers().firstValue("Content-Security-Policy")).contains("sandbox");
        }
        JsonNode comment = http.graphql(tokenFor("supplier2@canale.demo"), THREAD, Map.of("id", caseId)).at("/data/serviceCase/comments/0");
        assertThat(comment.at("/attachments/0/downloadPath").asString()).isEqualTo(path);
        assertThat(comment.at("/viewerCan/attach").asBoolean()).as("only the author attaches").isFalse();
        assertThat(http.graphql(dealer, THREAD, Map.of("id", caseId)).at("/data/serviceCase/comments/0/viewerCan/attach").asBoolean())
                .isTrue();

        for (String outsider : OUTSIDERS) {
            String token = tokenFor(outsider);
            assertThat(download(token, path).statusCode()).as(outsider).isEqualTo(404);
            assertThat(upload(token, caseId, commentId, "x.png", "image/png", PNG).statusCode()).as(outsider).isEqualTo(404);
        }
        assertThat(download(null, path).statusCode()).isEqualTo(401);
        assertThat(download(dealer, "/service-cases/" + caseId + "/attachments/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(storedFiles(caseId)).isEqualTo(1);
    }

    @Test
    void a_party_that_may_not_read_an_addressed_comment_finds_neither_it_nor_its_files() {
        String dealer = tokenFor("dealer@canale.demo");
        String staff = tokenFor("staff@canale.demo");
        String caseId = openCase(dealer);
        String toRossi = comment(staff, caseId, "ADDRESSED", "ptn_rossi_auto");
        String path = json(upload(staff, caseId, toRossi, "offer.pdf", "application/pdf", PDF)).path("downloadPath").asString();

        assertThat(download(dealer, path).statusCode()).as("the party it is addressed to").isEqualTo(200);
        String gallo = tokenFor("supplier2@canale.demo");
        assertThat(download(gallo, path).statusCode()).as("a party it is not addressed to").isEqualTo(404);
        assertThat(upload(gallo, caseId, toRossi, "x.png", "image/png", PNG).statusCode()).isEqualTo(404);
        assertThat(http.graphql(gallo, THREAD, Map.of("id", caseId)).at("/data/serviceCase/comments").findValuesAsString("id"))
                .doesNotContain(toRossi);
    }

    @Test
    void the_type_comes_from_the_content_not_the_name_and_only_photos_and_pdf_are_kept() {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);

        JsonNode pdf = json(upload(dealer, caseId, commentId, "notes.txt", "text/plain", PDF));
        assertThat(pdf.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(download(dealer, pdf.path("downloadPath").asString()).headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(json(upload(dealer, caseId, commentId, "scan.bin", "application/octet-stream", JPEG)).path("contentType").asString())
                .isEqualTo("image/jpeg");

        for (Object[] refused : new Object[][] {{"photo.jpg", "image/jpeg", HTML}, {"damage.png", "image/png", SVG},
                {"report.pdf", "application/pdf", "just text".getBytes(UTF_8)}}) {
            HttpResponse<String> answer = upload(dealer, caseId, commentId, (String) refused[0], (String) refused[1], (byte[]) refused[2]);
            assertThat(answer.statusCode()).as((String) refused[0]).isEqualTo(400);
            assertThat(json(answer).at("/errors/0/field").toString()).isEqualTo("[\"file\"]");
            assertThat(json(answer).at("/errors/0/code").asString()).isEqualTo("INVALID");
        }
        assertThat(storedFiles(caseId)).as("refused files stored nothing").isEqualTo(2);
        assertThat(http.graphql(dealer, THREAD, Map.of("id", caseId)).at("/data/serviceCase/comments/0/attachments")
                .findValuesAsString("contentType")).containsExactly("application/pdf", "image/jpeg");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_and_nothing_is_stored() {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);
        byte[] big = Arrays.copyOf(JPEG, (int) properties.attachments().maxBytes().toBytes() + 1);

        HttpResponse<String> answer = upload(dealer, caseId, commentId, "huge.jpg", "image/jpeg", big);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(json(answer).at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        assertThat(json(answer).at("/errors/0/field").toString()).isEqualTo("[\"file\"]");
        assertThat(storedFiles(caseId)).isZero();
        assertThat(upload(dealer, caseId, commentId, "fits.jpg", "image/jpeg", Arrays.copyOf(big, big.length - 1)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void a_comment_holds_at_most_five_files_and_a_case_fifty() {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String first = comment(dealer, caseId, "SHARED", null);
        for (int i = 0; i < 5; i++) {
            assertThat(upload(dealer, caseId, first, "p" + i + ".png", "image/png", PNG).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> sixth = upload(dealer, caseId, first, "p5.png", "image/png", PNG);
        assertThat(sixth.statusCode()).isEqualTo(400);
        assertThat(json(sixth).at("/errors/0/code").asString()).isEqualTo("TOO_MANY");
        for (int c = 1; c < 10; c++) {
            String commentId = comment(dealer, caseId, "SHARED", null);
            for (int i = 0; i < 5; i++) {
                assertThat(upload(dealer, caseId, commentId, "p.png", "image/png", PNG).statusCode()).isEqualTo(201);
            }
        }
        String eleventh = comment(dealer, caseId, "SHARED", null);
        HttpResponse<String> fiftyFirst = upload(dealer, caseId, eleventh, "p.png", "image/png", PNG);
        assertThat(fiftyFirst.statusCode()).isEqualTo(400);
        assertThat(json(fiftyFirst).at("/errors/0/code").asString()).isEqualTo("TOO_MANY");
        assertThat(json(fiftyFirst).at("/errors/0/message").asString()).contains("50");
        assertThat(storedFiles(caseId)).isEqualTo(50);
    }

    @Test
    void only_the_author_attaches_while_the_comment_stands_and_a_deleted_comments_files_stay_with_staff() {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);
        String path = json(upload(dealer, caseId, commentId, "p.png", "image/png", PNG)).path("downloadPath").asString();

        for (String notTheAuthor : List.of("supplier2@canale.demo", "staff@canale.demo", "dealer-system")) {
            HttpResponse<String> answer = upload(tokenFor(notTheAuthor), caseId, commentId, "x.png", "image/png", PNG);
            assertThat(answer.statusCode()).as(notTheAuthor).isEqualTo(400);
            assertThat(json(answer).at("/errors/0/code").asString()).isEqualTo("NOT_ALLOWED");
        }
        http.payload(dealer, "mutation($id: ID!, $c: ID!) { deleteServiceCaseComment(input: {id: $id, commentId: $c}) { comment { id } "
                + "userErrors { code } } }", Map.of("id", caseId, "c", commentId));
        HttpResponse<String> late = upload(dealer, caseId, commentId, "x.png", "image/png", PNG);
        assertThat(json(late).at("/errors/0/code").asString()).isEqualTo("ILLEGAL_STATE");
        assertThat(download(dealer, path).statusCode()).isEqualTo(404);
        assertThat(download(tokenFor("supplier2@canale.demo"), path).statusCode()).isEqualTo(404);
        assertThat(http.graphql(dealer, THREAD, Map.of("id", caseId)).at("/data/serviceCase/comments/0/attachments").isEmpty()).isTrue();
        assertThat(download(tokenFor("staff@canale.demo"), path).statusCode()).isEqualTo(200);
        assertThat(storedFiles(caseId)).isEqualTo(1);
    }

    @Test
    void someone_who_may_not_attach_is_refused_before_the_file_is_sent() throws IOException {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);
        String path = "/service-cases/" + caseId + "/comments/" + commentId + "/attachments";
        assertThat(statusLineBeforeTheBody(path, tokenFor("supplier2@canale.demo"))).startsWith("HTTP/1.1 400");
        assertThat(statusLineBeforeTheBody(path, tokenFor("carrier@canale.demo"))).startsWith("HTTP/1.1 404");
        assertThat(statusLineBeforeTheBody(path, dealer)).as("the author: nothing until the file has come").isNull();
    }

    @Test
    void a_file_whose_reference_cannot_be_saved_on_the_case_is_deleted_again() throws IOException {
        ServiceCases failing = mock(ServiceCases.class);
        when(failing.attach(any(), any(), any(), any())).thenThrow(new OptimisticLockingFailureException("changed meanwhile"));
        CaseAttachments attachments = new CaseAttachments(failing, policy, properties, database, store);
        Caller author = new Caller("admin@rossi", Caller.Kind.USER, "ptn_rossi_auto", PartnerType.DEALER, Set.of(), Set.of());
        String caseId = "case_" + UUID.randomUUID();

        assertThatThrownBy(() -> attachments.attach(author, caseId, "cmt_1", new MockMultipartFile("file", "p.png", "image/png", PNG)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(storedFiles(caseId)).isZero();
    }

    @Test
    void files_a_crash_left_without_their_comment_are_swept_and_recorded_ones_kept() {
        String dealer = tokenFor("dealer@canale.demo");
        String caseId = openCase(dealer);
        String commentId = comment(dealer, caseId, "SHARED", null);
        String kept = json(upload(dealer, caseId, commentId, "lamp.png", "image/png", PNG)).path("id").asString();
        GridFsTemplate bucket = new GridFsTemplate(database, converter, CaseAttachments.BUCKET);
        // As if the process died after storing the file and before recording it on the comment.
        bucket.store(new java.io.ByteArrayInputStream(PNG), "orphan.png", "image/png",
                new org.bson.Document("caseId", caseId).append("commentId", commentId));
        assertThat(storedFiles(caseId)).isEqualTo(2);

        assertThat(attachments.sweepOrphansStoredBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(1))))
                .as("nothing is old enough yet").isZero();
        assertThat(attachments.sweepOrphansStoredBefore(java.time.Instant.now().plusSeconds(60))).isPositive();
        assertThat(storedFiles(caseId)).isEqualTo(1);
        assertThat(download(dealer, "/service-cases/" + caseId + "/attachments/" + kept).statusCode()).isEqualTo(200);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String openCase(String dealer) {
        String order = http.graphql(dealer, "{ orders(first: 100, status: DELIVERED) { edges { node { id supplier { id } } } } }")
                .at("/data/orders/edges").valueStream().filter(edge -> edge.at("/node/supplier/id").asString().equals("ptn_gallo_ricambi"))
                .findFirst().orElseThrow().at("/node/id").asString();
        return http.payload(dealer, ServiceCaseAccessTests.OPEN, Map.of("input", ServiceCaseTests.claim(Map.of("orderId", order, "line", 1))))
                .at("/serviceCase/id").asString();
    }

    private String comment(String token, String caseId, String visibility, String addressedTo) {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>(Map.of("id", caseId, "v", visibility));
        variables.put("to", addressedTo);
        return http.payload(token, COMMENT, variables).at("/comment/id").asString();
    }

    private long storedFiles(String caseId) {
        return mongo.getCollection(CaseAttachments.BUCKET + ".files").countDocuments(new org.bson.Document("metadata.caseId", caseId));
    }

    private HttpResponse<String> upload(String token, String caseId, String commentId, String fileName, String declaredType, byte[] content) {
        String boundary = "canale-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return http.exchange("POST", "/service-cases/" + caseId + "/comments/" + commentId + "/attachments", token,
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of("Accept", "application/json"));
    }

    private HttpResponse<byte[]> download(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException ex) {
            throw new AssertionError(ex);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return io.canale.support.Http.json(response);
    }

    /** Announces a 10 MB multipart body, sends its first line, and reads the status line for up to 3 seconds. */
    private String statusLineBeforeTheBody(String path, String token) throws IOException {
        try (Socket socket = new Socket("localhost", serverPort)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Accept: application/json\r\nContent-Type: multipart/form-data; boundary=canale\r\n"
                    + "Content-Length: 10000000\r\n\r\n"
                    + "--canale\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n\r\n").getBytes(US_ASCII));
            out.write(JPEG);
            out.flush();
            try {
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII)).readLine();
            } catch (java.net.SocketTimeoutException waiting) {
                return null;
            }
        }
    }

    private static byte[] bytes(byte[] head, String tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length());
        System.arraycopy(tail.getBytes(US_ASCII), 0, all, head.length, tail.length());
        return all;
    }
}
