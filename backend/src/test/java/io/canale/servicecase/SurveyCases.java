package io.canale.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Cases worked to closure and the public survey page, for the satisfaction tests (with and without a mail server). */
final class SurveyCases {

    static final String SURVEY = "survey { status sentTo link score comment issuedAt expiresAt answeredAt }";
    static final String READ = "query($id: ID!) { serviceCase(id: $id) { id version status " + SURVEY + " timeline { event } } }";
    static final String OPEN = "mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id version } "
            + "userErrors { field code message } } }";
    static final String STEP = "mutation($id: ID!, $v: Int!) { %s(input: {id: $id, expectedVersion: $v}) { serviceCase { id version status } "
            + "userErrors { field code message } } }";
    static final String TRIAGE = "mutation($id: ID!, $v: Int!) { triageServiceCase(input: {id: $id, expectedVersion: $v}) { "
            + "serviceCase { id version } userErrors { field code message } } }";
    static final String RESOLVE = "mutation($id: ID!, $v: Int!) { resolveServiceCase(input: {id: $id, expectedVersion: $v, resolution: REPAIR}) { "
            + "serviceCase { id version } userErrors { field code message } } }";
    static final String CLOSE = "mutation($id: ID!, $v: Int!) { closeServiceCase(input: {id: $id, expectedVersion: $v}) { "
            + "serviceCase { id version status " + SURVEY + " } userErrors { field code message } } }";
    static final String REOPEN = "mutation($id: ID!, $v: Int!) { reopenServiceCase(input: {id: $id, expectedVersion: $v, reason: \"again\"}) { "
            + "serviceCase { id version } userErrors { field code message } } }";
    static final String FIGURES = "query($p: ID, $m: Int) { serviceSatisfaction(partnerId: $p, months: $m) { partnerId months average count "
            + "trend { month average count } } }";
    static final String BY_PARTNER = "query($m: Int) { serviceSatisfactionByPartner(months: $m) { partner { id name } months average count "
            + "trend { month average count } } }";

    private final Http http;

    SurveyCases(Http http) {
        this.http = http;
    }

    /** Opens a case of the dealer about Gallo's battery (Gallo joins as the supplier), worked by staff to resolution. */
    String resolved(String dealer, String staff, Map<String, Object> endCustomer) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("type", "COMPLAINT", "subject", "Battery drains overnight",
                "productSku", "BAT-12V-070"));
        if (endCustomer != null) {
            input.put("endCustomer", endCustomer);
        }
        JsonNode opened = http.payload(dealer, OPEN, Map.of("input", input)).path("serviceCase");
        String id = opened.path("id").asString();
        JsonNode triaged = step(staff, TRIAGE, id, opened.path("version").asInt());
        JsonNode working = step(staff, STEP.formatted("startServiceCaseWork"), id, triaged.path("version").asInt());
        step(staff, RESOLVE, id, working.path("version").asInt());
        return id;
    }

    /** Closes a resolved case as the caller (its dealer or staff); the closed case with its survey. */
    JsonNode close(String token, String id) {
        return step(token, CLOSE, id, read(token, id).path("version").asInt());
    }

    JsonNode step(String token, String mutation, String id, int version) {
        return http.payload(token, mutation, Map.of("id", id, "v", version)).path("serviceCase");
    }

    /** The case as the caller sees it (null when it may not). */
    JsonNode read(String token, String id) {
        return http.graphql(token, READ, Map.of("id", id)).at("/data/serviceCase");
    }

    JsonNode figures(String token, String partnerId, int months) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("p", partnerId);
        variables.put("m", months);
        return http.graphql(token, FIGURES, variables).at("/data/serviceSatisfaction");
    }

    /** The figures per partner the caller reads, by partner id. */
    Map<String, JsonNode> byPartner(String token, int months) {
        Map<String, JsonNode> figures = new java.util.LinkedHashMap<>();
        http.graphql(token, BY_PARTNER, Map.of("m", months)).at("/data/serviceSatisfactionByPartner")
                .forEach(partner -> figures.put(partner.at("/partner/id").asString(), partner));
        return figures;
    }

    /** The token at the end of a survey link. */
    static String tokenOf(String link) {
        assertThat(link).contains("/survey/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    HttpResponse<String> page(String token, String language) {
        return http.exchange("GET", "/survey/" + token, null, null, null, Map.of("Accept-Language", language, "Accept", "text/html"));
    }

    HttpResponse<String> answer(String token, String score, String comment) {
        String form = "score=" + URLEncoder.encode(score, StandardCharsets.UTF_8)
                + (comment == null ? "" : "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8));
        return http.exchange("POST", "/survey/" + token, null, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8),
                Map.of("Accept-Language", "en", "Accept", "text/html"));
    }
}
