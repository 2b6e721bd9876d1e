package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The end customer's public service form: it reaches the selling dealer as a case like any other, and is validated,
 * honeypot-protected, rate-limited and idempotent like the lead form, without telling which dealers exist.
 */
class ServiceCaseWebFormTests extends IntegrationTestBase {

    static final String READ = "query($id: ID!) { serviceCase(id: $id) { id status type subject description productSku dealer { id } "
            + "parties { partner { id } role } endCustomer { name email phone } timeline { event actor { name } } } }";

    @Autowired
    MongoOperations mongo;

    @Autowired
    WebFormSettings settings;

    @Test
    void a_valid_submission_opens_a_case_the_selling_dealer_and_staff_see_and_another_dealer_does_not() {
        String subject = "La batteria non tiene la carica " + UUID.randomUUID();
        Map<String, String> form = form(subject);
        form.put("type", "WARRANTY_CLAIM");
        form.put("productSku", " bat-12v-070 ");
        form.put("orderReference", "Scontrino 4711 del 2 marzo");
        HttpResponse<String> response = postJson(form, "10.61.0.1");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).as("the answer names no case").isEqualTo("{\"status\":\"received\"}");

        String id = idOf(subject);
        JsonNode seenByDealer = read("dealer@canale.demo", id);
        assertThat(seenByDealer.path("status").asString()).isEqualTo("NEW");
        assertThat(seenByDealer.path("type").asString()).isEqualTo("WARRANTY_CLAIM");
        assertThat(seenByDealer.at("/dealer/id").asString()).isEqualTo("ptn_rossi_auto");
        assertThat(seenByDealer.path("productSku").asString()).isEqualTo("BAT-12V-070");
        assertThat(seenByDealer.path("parties").toString()).contains("ptn_rossi_auto", "DEALER", "ptn_gallo_ricambi", "SUPPLIER");
        assertThat(seenByDealer.path("endCustomer").toString()).contains("Laura Neri", "laura.neri@example.com", "+39 333 1234567");
        assertThat(seenByDealer.path("description").asString())
                .isEqualTo("Order reference: Scontrino 4711 del 2 marzo\n\nSi scarica in due giorni.");
        assertThat(seenByDealer.path("timeline").findValuesAsString("event")).containsExactly("CASE_OPENED", "CASE_FROM_WEB_FORM");
        assertThat(seenByDealer.at("/timeline/1/actor/name").asString()).as("the platform's part in words").isEqualTo("web form");

        assertThat(read("staff@canale.demo", id).at("/endCustomer/name").asString()).isEqualTo("Laura Neri");
        JsonNode seenBySupplier = read("supplier2@canale.demo", id);
        assertThat(seenBySupplier.path("subject").asString()).isEqualTo(subject);
        assertThat(seenBySupplier.path("endCustomer").isNull()).as("suppliers never see the end customer").isTrue();
        assertThat(read("dealer2@canale.demo", id).isNull()).as("another dealer").isTrue();
        assertThat(read("supplier@canale.demo", id).isNull()).as("a supplier taking no part").isTrue();
        assertThat(http.graphql(tokenFor("dealer2@canale.demo"), "{ serviceCases(first: 100) { edges { node { id } } } }").toString())
                .doesNotContain(id);
    }

    @Test
    void a_form_encoded_submission_is_a_complaint_by_default_and_a_phone_number_is_enough() {
        String subject = "Rumore dai freni " + UUID.randomUUID();
        HttpResponse<String> response = postForm("dealer=ptn_bianchi_moto&name=Marco+Gialli&phone=%2B39+02+1234567&subject="
                + encode(subject) + "&email=&website=", "10.61.0.2");
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode seen = read("dealer2@canale.demo", idOf(subject));
        assertThat(seen.path("type").asString()).isEqualTo("COMPLAINT");
        assertThat(seen.at("/dealer/id").asString()).isEqualTo("ptn_bianchi_moto");
        assertThat(seen.path("parties").toString()).doesNotContain("SUPPLIER");
        assertThat(seen.at("/endCustomer/email").isNull()).isTrue();
    }

    @Test
    void a_honeypot_hit_looks_received_but_opens_nothing() {
        String subject = "Offerta imperdibile " + UUID.randomUUID();
        Map<String, String> form = form(subject);
        form.put("website", "https://spam.example");
        assertThat(postJson(form, "10.61.0.3").statusCode()).isEqualTo(202);
        assertThat(postForm("dealer=ptn_rossi_auto&name=Bot&email=bot%40example.com&subject=" + encode(subject)
                + "&website=http%3A%2F%2Fspam.example", "10.61.0.3").statusCode()).isEqualTo(202);
        assertThat(stored(subject)).isZero();
    }

    @Test
    void missing_and_invalid_fields_get_400_with_the_fields_at_fault_and_open_nothing() {
        String subject = "Campi sbagliati " + UUID.randomUUID();
        HttpResponse<String> response = postForm("dealer=ptn_rossi_auto&type=BROKEN&name=&email=broken&phone=x&subject="
                + encode(subject) + "&productSku=NOPE-000&orderReference=" + "r".repeat(101), "10.61.0.4");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactlyInAnyOrder("type INVALID", "orderReference TOO_LONG", "name REQUIRED",
                "email INVALID", "phone INVALID", "productSku NOT_FOUND");

        Map<String, String> noWayToReach = form(subject);
        noWayToReach.remove("email");
        noWayToReach.remove("phone");
        noWayToReach.put("type", "DELIVERY_DAMAGE");
        noWayToReach.put("subject", " ");
        noWayToReach.put("submissionId", "");
        assertThat(errors(postJson(noWayToReach, "10.61.0.4"))).containsExactlyInAnyOrder("type INVALID", "email REQUIRED",
                "subject REQUIRED");
        Map<String, String> badKey = form(subject);
        badKey.put("submissionId", "k".repeat(101));
        assertThat(errors(postJson(badKey, "10.61.0.4"))).containsExactly("submissionId INVALID");
        assertThat(stored(subject)).isZero();
    }

    @Test
    void an_unknown_or_inactive_dealer_or_a_partner_that_is_no_dealer_gets_the_same_400_at_dealer() {
        String subject = "Chi e il mio rivenditore " + UUID.randomUUID();
        List<JsonNode> answers = new ArrayList<>();
        for (String dealer : List.of("ptn_nessuno", inactiveDealer(), "ptn_gallo_ricambi", "ptn_canale", "x".repeat(500),
                "{\"$gt\":\"\"}")) {
            Map<String, String> form = form(subject);
            form.put("dealer", dealer);
            HttpResponse<String> response = postJson(form, "10.61.0.5");
            assertThat(response.statusCode()).as(dealer).isEqualTo(400);
            answers.add(Http.JSON.readTree(response.body()));
        }
        assertThat(answers.getFirst().toString()).contains("\"field\":\"dealer\"", "INVALID");
        assertThat(answers).as("nothing tells which partners exist").allMatch(answer -> answer.equals(answers.getFirst()));
        Map<String, String> none = form(subject);
        none.remove("dealer");
        assertThat(errors(postJson(none, "10.61.0.5"))).containsExactly("dealer REQUIRED");
        assertThat(stored(subject)).isZero();
    }

    @Test
    void a_double_submit_with_the_same_submission_id_opens_one_case() {
        String subject = "Reso richiesto " + UUID.randomUUID();
        Map<String, String> form = form(subject);
        form.put("type", "RETURN");
        form.put("submissionId", UUID.randomUUID().toString());
        assertThat(postJson(form, "10.61.0.6").statusCode()).isEqualTo(202);
        assertThat(postJson(form, "10.61.0.6").statusCode()).isEqualTo(202);
        assertThat(postForm(formEncoded(form), "10.61.0.6").statusCode()).isEqualTo(202);
        assertThat(stored(subject)).isEqualTo(1);

        form.put("submissionId", UUID.randomUUID().toString());
        assertThat(postJson(form, "10.61.0.6").statusCode()).isEqualTo(202);
        assertThat(stored(subject)).as("another filled-in form").isEqualTo(2);
    }

    @Test
    void a_post_over_the_limit_gets_429_with_retry_after_before_its_body_is_read() throws Exception {
        String address = "10.61.0.7";
        for (int i = 0; i < settings.webFormPerMinute(); i++) {
            assertThat(postJson(Map.of(), address).statusCode()).as("every post counts, also a refused one").isEqualTo(400);
        }
        // A chunk of 100 MB is announced and only its invalid start is sent: answering at all means the body was
        // neither waited for nor parsed.
        URI base = URI.create(http.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000); // a guard against a hang, not a timing
            OutputStream out = socket.getOutputStream();
            out.write(("POST /capture/service-cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + address + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(100 * 1024 * 1024) + "\r\n{not json at all").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 429");
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertThat(headers).anyMatch(header -> header.matches("retry-after: [1-9][0-9]*"));
        }
        String subject = "Dopo il limite " + UUID.randomUUID();
        assertThat(postJson(form(subject), address).statusCode()).isEqualTo(429);
        assertThat(postJson(form(subject), "10.61.0.8").statusCode()).as("other addresses are not affected").isEqualTo(202);
        assertThat(stored(subject)).isEqualTo(1);
    }

    /** A dealer that staff created and deactivated: it no longer receives cases. */
    private String inactiveDealer() {
        String staff = tokenFor("staff@canale.demo");
        String id = http.payload(staff, "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("type", "DEALER", "name", "Chiusa " + UUID.randomUUID())))
                .at("/partner/id").asString();
        assertThat(http.payload(staff, "mutation($input: PartnerStatusInput!) { deactivatePartner(input: $input) { partner { active } "
                + "userErrors { field code message } } }", Map.of("input", Map.of("id", id, "expectedVersion", 0)))
                .at("/partner/active").asBoolean()).isFalse();
        return id;
    }

    private static Map<String, String> form(String subject) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("dealer", "ptn_rossi_auto");
        form.put("name", "Laura Neri");
        form.put("email", "laura.neri@example.com");
        form.put("phone", "+39 333 1234567");
        form.put("subject", subject);
        form.put("description", "Si scarica in due giorni.");
        return form;
    }

    private JsonNode read(String login, String id) {
        return http.graphql(tokenFor(login), READ, Map.of("id", id)).at("/data/serviceCase");
    }

    private String idOf(String subject) {
        List<ServiceCase> found = mongo.find(bySubject(subject), ServiceCase.class);
        assertThat(found).hasSize(1);
        return found.getFirst().id();
    }

    private long stored(String subject) {
        return mongo.count(bySubject(subject), ServiceCase.class);
    }

    private static Query bySubject(String subject) {
        return Query.query(Criteria.where("subject").is(subject.strip()));
    }

    private static List<String> errors(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        Http.JSON.readTree(response.body()).path("errors")
                .forEach(error -> errors.add(error.path("field").asString() + " " + error.path("code").asString()));
        return errors;
    }

    private HttpResponse<String> postJson(Map<String, String> form, String clientAddress) {
        return post("application/json", Http.JSON.writeValueAsString(form), clientAddress);
    }

    private HttpResponse<String> postForm(String body, String clientAddress) {
        return post("application/x-www-form-urlencoded", body, clientAddress);
    }

    private static String formEncoded(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((field, value) -> body.add(field + "=" + encode(value)));
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Posts as if from a client address; the test server trusts X-Forwarded-For only through this header. */
    private HttpResponse<String> post(String contentType, String body, String clientAddress) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/capture/service-cases"))
                    .header("Content-Type", contentType).header("X-Forwarded-For", clientAddress)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
