package io.canale.lead;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.canale.shared.InvalidInputException;
import io.canale.shared.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manufacturer's website posts its contact form here ({@code POST /capture/leads}, JSON or form
 * encoded). The answer never depends on existing data: valid submissions and honeypot hits both get 202.
 * Each client address may submit a limited number of times per minute (429 beyond).
 */
@RestController
class WebLeadCapture {

    /** What the website sends. {@code website} is a honeypot: people never see it, bots fill it in. */
    record WebLeadForm(String name, String email, String phone, String company, String vatNumber, String country,
            String region, String postalCode, String productLine, String message, String website) {

        LeadDetails details() {
            return new LeadDetails(new LeadDetails.Contact(name, email, phone),
                    company == null || company.isBlank() ? null : new LeadDetails.Company(company, vatNumber),
                    new LeadDetails.Address(country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                            region, postalCode),
                    productLine, message);
        }
    }

    private static final Map<String, String> RECEIVED = Map.of("status", "received");

    private final Leads leads;
    private final LeadProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    WebLeadCapture(Leads leads, LeadProperties properties) {
        this.leads = leads;
        this.properties = properties;
    }

    @PostMapping(path = "/capture/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, ?>> captureJson(@RequestBody WebLeadForm form, HttpServletRequest request) {
        return capture(form, request);
    }

    @PostMapping(path = "/capture/leads", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, ?>> captureForm(@ModelAttribute WebLeadForm form, HttpServletRequest request) {
        return capture(form, request);
    }

    private ResponseEntity<Map<String, ?>> capture(WebLeadForm form, HttpServletRequest request) {
        Bucket bucket = buckets.get(ClientAddresses.rateLimitKey(request.getRemoteAddr()), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(properties.webCapturePerMinute())
                        .refillGreedy(properties.webCapturePerMinute(), Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                    .body(Map.of("error", "too many submissions; try again later"));
        }
        if (form.website() != null && !form.website().isBlank()) {
            return ResponseEntity.accepted().body(RECEIVED);
        }
        try {
            leads.captureFromWebForm(form.details());
            return ResponseEntity.accepted().body(RECEIVED);
        } catch (InvalidInputException ex) {
            List<Map<String, String>> errors = ex.errors().stream()
                    .map(error -> Map.of("field", webField(error.field()), "code", error.code().name(), "message", error.message()))
                    .toList();
            return ResponseEntity.badRequest().body(Map.of("errors", errors));
        }
    }

    /** Maps the internal path (lead.contact.email) to the form's field name (email). */
    private static String webField(List<String> path) {
        String last = path == null || path.isEmpty() ? "" : path.getLast();
        return switch (last) {
            case "notes" -> "message";
            default -> path != null && path.size() > 2 && path.get(1).equals("company") && last.equals("name") ? "company" : last;
        };
    }
}
