package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.support.Http;
import io.canale.support.IntegrationTestBase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Bodies and parameters the container cannot decode are the caller's mistake: 400 in our shape, no logged fault. */
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTests extends IntegrationTestBase {

    @Test
    void a_multipart_body_without_boundary_or_cut_short_gets_400_in_the_file_endpoints_shape(CapturedOutput output) {
        String token = tokenFor("supplier-system");
        int before = output.getOut().length();
        byte[] csv = "sku,available\nFRN-PAD-001,3\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\n\r\nsku,available\n")
                .getBytes(StandardCharsets.UTF_8);
        for (var body : Map.of("multipart/form-data", csv, "multipart/form-data; boundary=b", cut).entrySet()) {
            HttpResponse<String> refused = http.exchange("POST", "/imports/stock?delimiter=,", token, body.getKey(),
                    body.getValue(), Map.of("Accept", "application/json"));
            assertThat(refused.statusCode()).as(body.getKey()).isEqualTo(400);
            assertThat(Http.json(refused).at("/errors/0/field/0").asString()).isEqualTo("file");
            assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("INVALID");
        }
        assertThat(output.getOut().substring(before)).doesNotContain("ERROR").doesNotContain("InvalidParameterException");
    }

    @Test
    void form_fields_or_query_parameters_with_broken_encoding_get_400_with_errors(CapturedOutput output) {
        String token = tokenFor("dealer-system");
        int before = output.getOut().length();
        HttpResponse<String> form = http.exchange("POST", "/capture/leads", null, "application/x-www-form-urlencoded",
                "name=%zz&email=a%40b.example&country=IT".getBytes(StandardCharsets.UTF_8),
                Map.of("Accept", "application/json", "X-Forwarded-For", "10.99.0.1"));
        HttpResponse<String> query = http.exchange("GET", "/graphql?query=%7Bviewer%7Bsubject%7D%7D&x=%C0%AF", token,
                null, null, Map.of("Accept", "application/json"));
        for (HttpResponse<String> refused : java.util.List.of(form, query)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Http.json(refused).at("/errors/0/code").asString()).isEqualTo("INVALID");
            assertThat(refused.body()).doesNotContain("Exception").doesNotContain("tomcat");
        }
        assertThat(output.getOut().substring(before)).doesNotContain("ERROR").doesNotContain("InvalidParameterException");
    }
}
