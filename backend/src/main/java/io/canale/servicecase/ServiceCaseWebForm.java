package io.canale.servicecase;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The end customer's service request from the selling dealer's website ({@code POST /capture/service-cases}, JSON or
 * form encoded, no token), built like the lead form: valid submissions and honeypot hits both get 202 and the answer
 * never says what exists (no case id, the same refusal for an unknown dealer as for a malformed one); invalid ones get
 * 400 with the fields at fault. Limited per client address before the body is read ({@link WebFormRateLimit}).
 */
@RestController
class ServiceCaseWebForm {

    /**
     * What the website sends. {@code dealer} is the partner id the dealer publishes on its site; {@code submissionId}
     * a key the form generates once per filled-in form (e.g. a UUID), so a double submit opens one case;
     * {@code website} is a honeypot: people never see it, bots fill it in.
     */
    record ServiceCaseForm(String dealer, String type, String name, String email, String phone, String subject,
            String description, String productSku, String orderReference, String submissionId, String website) {
    }

    static final int MAX_ORDER_REFERENCE = 100;
    private static final Map<String, String> RECEIVED = Map.of("status", "received");

    private final ServiceCases cases;

    ServiceCaseWebForm(ServiceCases cases) {
        this.cases = cases;
    }

    @PostMapping(path = WebFormRateLimit.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, ?>> submitJson(@RequestBody ServiceCaseForm form) {
        return submit(form);
    }

    @PostMapping(path = WebFormRateLimit.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, ?>> submitForm(@ModelAttribute ServiceCaseForm form) {
        return submit(form);
    }

    private ResponseEntity<Map<String, ?>> submit(ServiceCaseForm form) {
        if (form == null) {
            form = new ServiceCaseForm(null, null, null, null, null, null, null, null, null, null, null);
        }
        if (!blank(form.website())) {
            return ResponseEntity.accepted().body(RECEIVED);
        }
        UserErrors errors = new UserErrors();
        try {
            cases.openFromWebForm(request(form, errors), errors);
            return ResponseEntity.accepted().body(RECEIVED);
        } catch (InvalidInputException ex) {
            List<Map<String, String>> list = ex.errors().stream()
                    .map(error -> Map.of("field", webField(error.field()), "code", error.code().name(), "message", error.message()))
                    .toList();
            return ResponseEntity.badRequest().body(Map.of("errors", list));
        }
    }

    /** The form as a request to open a case; what cannot be read is added to {@code errors}. */
    private static ServiceCases.OpenRequest request(ServiceCaseForm form, UserErrors errors) {
        ServiceCase.Type type = ServiceCase.Type.COMPLAINT;
        if (!blank(form.type())) {
            try {
                type = ServiceCase.Type.valueOf(form.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add("input.type", UserErrorCode.INVALID,
                        "one of " + ServiceCases.WEB_FORM_TYPES.stream().map(Enum::name).sorted().toList());
                // Reported here; the form is refused with it, and the kind it stands for draws no second error.
            }
        }
        errors.maxLength("input.orderReference", form.orderReference(), MAX_ORDER_REFERENCE);
        ServiceCase.EndCustomer customer = new ServiceCase.EndCustomer(text(form.name()), text(form.email()), text(form.phone()));
        return new ServiceCases.OpenRequest(text(form.dealer()), type, null, form.subject(), description(form),
                List.of(), text(form.productSku()), null, customer, text(form.submissionId()));
    }

    /** The customer's order reference is free text the dealer reads, kept at the top of the description. */
    private static String description(ServiceCaseForm form) {
        String reference = text(form.orderReference());
        String description = text(form.description());
        if (reference == null) {
            return description;
        }
        return "Order reference: " + reference + (description == null ? "" : "\n\n" + description);
    }

    /** Maps the internal path (input.endCustomer.email) to the form's field name (email). */
    private static String webField(List<String> path) {
        String last = path == null || path.isEmpty() ? "" : path.getLast();
        return switch (last) {
            case "dealerId" -> "dealer";
            case "idempotencyKey" -> "submissionId";
            default -> last;
        };
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
