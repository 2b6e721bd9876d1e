package io.canale.lead;

import io.canale.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manufacturer's website posts its contact form here ({@code POST /capture/leads}, JSON or form
 * encoded). The answer never depends on existing data: valid submissions and honeypot hits both get 202.
 * Each client address may submit a limited number of times per minute (429 beyond), counted before the body is
 * read ({@link WebCaptureRateLimit}).
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
    WebLeadCapture(Leads leads) {
        this.leads = leads;
    }

    @PostMapping(path = WebCaptureRateLimit.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, ?>> captureJson(@RequestBody WebLeadForm form) {
        return capture(form);
    }

    @PostMapping(path = WebCaptureRateLimit.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, ?>> captureForm(@ModelAttribute WebLeadForm form) {
        return capture(form);
    }

    private ResponseEntity<Map<String, ?>> capture(WebLeadForm form) {
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
