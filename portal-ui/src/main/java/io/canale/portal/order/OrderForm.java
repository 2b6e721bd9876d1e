package io.canale.portal.order;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.catalog.Product;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An order being entered: the Binder's bean for the delivery fields, the lines, and the source of the API's
 * {@code SubmitOrderInput}. Its idempotency key is made once per draft, so every retry of the same form
 * (a double click, a lost answer) submits under the same key and the backend creates the orders only once.
 * {@link #check(LocalDate)} mirrors the API's documented limits and reports problems under the API's own
 * paths, so the form shows its own and the backend's refusals alike. Once saved on the backend (an order
 * draft), it remembers that draft's id and version: it is then submitted through the saved draft, whose id is
 * the idempotency key.
 */
class OrderDraft {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 10_000;
    static final int MAX_RECIPIENT = 120;
    static final int MAX_STREET = 200;
    static final int MAX_POSTAL_CODE = 16;
    static final int MAX_CITY = 80;
    static final int MAX_CUSTOMER = 120;
    /** The backend's patterns for optional contact details. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    /** One line; the product is null until chosen. */
    static final class Line {

        private Product product;
        private Integer quantity = 1;

        Line(Product product) {
            this.product = product;
        }

        Product product() {
            return product;
        }

        void product(Product product) {
            this.product = product;
        }

        Integer quantity() {
            return quantity;
        }

        void quantity(Integer quantity) {
            this.quantity = quantity;
        }

        boolean validQuantity() {
            return quantity != null && quantity >= 1 && quantity <= MAX_QUANTITY;
        }
    }

    private final String idempotencyKey = UUID.randomUUID().toString();
    private String savedId;
    private int savedVersion;
    private final List<Line> lines = new ArrayList<>();
    private String recipient = "";
    private String street = "";
    private String postalCode = "";
    private String city = "";
    private String country = "IT";
    private LocalDate requestedDate;
    private String customerName = "";
    private String customerEmail = "";
    private String customerPhone = "";

    /** The API's today: it checks requested dates against the UTC date. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    /** Continues a saved draft; the products of its lines come from the catalog (missing ones are left out). */
    static OrderDraft resume(SavedDraft saved, Map<String, Product> products) {
        OrderDraft draft = new OrderDraft();
        draft.saved(saved.id(), saved.version());
        saved.lines().stream().filter(line -> products.containsKey(line.sku()))
                .forEach(line -> draft.addLine(products.get(line.sku())).quantity(line.quantity()));
        draft.requestedDate = saved.requestedDate();
        Order.DeliveryAddress address = saved.deliveryAddress();
        if (address != null) {
            draft.setRecipient(address.recipient());
            draft.setStreet(address.street());
            draft.setPostalCode(address.postalCode());
            draft.setCity(address.city());
            draft.setCountry(address.country() == null ? draft.country : address.country());
        }
        if (saved.endCustomer() != null) {
            draft.setCustomerName(saved.endCustomer().name());
            draft.setCustomerEmail(saved.endCustomer().email());
            draft.setCustomerPhone(saved.endCustomer().phone());
        }
        return draft;
    }

    /** The backend draft this form continues, if it was saved. */
    Optional<String> savedId() {
        return Optional.ofNullable(savedId);
    }

    int savedVersion() {
        return savedVersion;
    }

    void saved(String id, int version) {
        this.savedId = id;
        this.savedVersion = version;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /**
     * The line for the product: the existing line of the same SKU, else the first line still without a
     * product, else a new line. A null product adds an empty line to choose it in.
     */
    Line addLine(Product product) {
        if (product != null) {
            Optional<Line> existing = lineOf(product.sku())
                    .or(() -> lines.stream().filter(line -> line.product() == null).findFirst());
            if (existing.isPresent()) {
                existing.get().product(product);
                return existing.get();
            }
        }
        Line line = new Line(product);
        lines.add(line);
        return line;
    }

    void removeLine(Line line) {
        lines.remove(line);
    }

    Optional<Line> lineOf(String sku) {
        return lines.stream().filter(line -> line.product() != null && line.product().sku().equals(sku)).findFirst();
    }

    /** What the API would refuse, at the paths it would use ({@code input.lines.N.sku}, ...). */
    List<UserError> check(LocalDate today) {
        List<UserError> errors = new ArrayList<>();
        checkLines(errors);
        if (requestedDate == null) {
            errors.add(error("requestedDate", UserErrorCode.REQUIRED));
        } else if (requestedDate.isBefore(today)) {
            errors.add(error("requestedDate", UserErrorCode.INVALID));
        }
        requireText(errors, "deliveryAddress.recipient", recipient, MAX_RECIPIENT);
        requireText(errors, "deliveryAddress.street", street, MAX_STREET);
        requireText(errors, "deliveryAddress.postalCode", postalCode, MAX_POSTAL_CODE);
        requireText(errors, "deliveryAddress.city", city, MAX_CITY);
        if (country == null || country.isBlank()) {
            errors.add(error("deliveryAddress.country", UserErrorCode.REQUIRED));
        }
        if (hasEndCustomer()) {
            requireText(errors, "endCustomer.name", customerName, MAX_CUSTOMER);
            if (!customerEmail.isBlank() && (customerEmail.length() > 254 || !EMAIL.matcher(customerEmail.trim()).matches())) {
                errors.add(error("endCustomer.email", UserErrorCode.INVALID));
            }
            if (!customerPhone.isBlank() && !PHONE.matcher(customerPhone.trim()).matches()) {
                errors.add(error("endCustomer.phone", UserErrorCode.INVALID));
            }
        }
        return errors;
    }

    private void checkLines(List<UserError> errors) {
        if (lines.isEmpty()) {
            errors.add(error("lines", UserErrorCode.REQUIRED));
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(error("lines", UserErrorCode.TOO_MANY));
        }
        Map<String, Integer> firstLineOfSku = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Product product = line.product();
            if (product == null) {
                errors.add(error("lines." + i + ".sku", UserErrorCode.REQUIRED));
            } else if (firstLineOfSku.putIfAbsent(product.sku(), i) != null) {
                errors.add(error("lines." + i + ".sku", UserErrorCode.DUPLICATE));
            } else if (!product.active()) {
                errors.add(error("lines." + i + ".sku", UserErrorCode.ILLEGAL_STATE));
            } else if (product.price() == null) {
                errors.add(error("lines." + i + ".sku", UserErrorCode.NOT_ALLOWED));
            }
            if (!line.validQuantity()) {
                errors.add(error("lines." + i + ".quantity", UserErrorCode.INVALID));
            }
        }
    }

    private static void requireText(List<UserError> errors, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(error(path, UserErrorCode.REQUIRED));
        } else if (value.trim().length() > max) {
            errors.add(error(path, UserErrorCode.TOO_LONG));
        }
    }

    private static UserError error(String path, UserErrorCode code) {
        List<String> field = new ArrayList<>(List.of("input"));
        field.addAll(List.of(path.split("\\.")));
        return new UserError(List.copyOf(field), code, "checked in the portal");
    }

    private boolean hasEndCustomer() {
        return !(customerName.isBlank() && customerEmail.isBlank() && customerPhone.isBlank());
    }

    /** The {@code SubmitOrderInput}; only meaningful once {@link #check(LocalDate)} found nothing. */
    Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("lines", lines.stream()
                .map(line -> Map.<String, Object>of("sku", line.product().sku(), "quantity", line.quantity())).toList());
        input.put("requestedDate", requestedDate.toString());
        input.put("deliveryAddress", Map.of("recipient", recipient.trim(), "street", street.trim(),
                "postalCode", postalCode.trim(), "city", city.trim(), "country", country));
        if (hasEndCustomer()) {
            input.put("endCustomer", endCustomer());
        }
        input.put("idempotencyKey", idempotencyKey);
        return input;
    }

    /**
     * The {@code SaveOrderDraftInput}: whatever is filled in so far, lines with a product only (the API's
     * {@code input.lines.N} then counts those lines).
     */
    Map<String, Object> toDraftInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (savedId != null) {
            input.put("id", savedId);
            input.put("expectedVersion", savedVersion);
        }
        input.put("lines", chosenLines().stream().map(line -> Map.<String, Object>of("sku", line.product().sku(),
                "quantity", line.quantity() == null ? 0 : line.quantity())).toList());
        if (requestedDate != null) {
            input.put("requestedDate", requestedDate.toString());
        }
        Map<String, Object> address = new LinkedHashMap<>();
        putIfGiven(address, "recipient", recipient);
        putIfGiven(address, "street", street);
        putIfGiven(address, "postalCode", postalCode);
        putIfGiven(address, "city", city);
        putIfGiven(address, "country", country);
        if (!address.isEmpty()) {
            input.put("deliveryAddress", address);
        }
        if (hasEndCustomer()) {
            input.put("endCustomer", endCustomer());
        }
        return input;
    }

    /** The lines with a product, in form order. */
    List<Line> chosenLines() {
        return lines.stream().filter(line -> line.product() != null).toList();
    }

    private Map<String, Object> endCustomer() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", customerName.trim());
        putIfGiven(customer, "email", customerEmail);
        putIfGiven(customer, "phone", customerPhone);
        return customer;
    }

    private static void putIfGiven(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.trim());
        }
    }

    String getRecipient() {
        return recipient;
    }

    void setRecipient(String recipient) {
        this.recipient = nonNull(recipient);
    }

    String getStreet() {
        return street;
    }

    void setStreet(String street) {
        this.street = nonNull(street);
    }

    String getPostalCode() {
        return postalCode;
    }

    void setPostalCode(String postalCode) {
        this.postalCode = nonNull(postalCode);
    }

    String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = nonNull(city);
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }

    LocalDate getRequestedDate() {
        return requestedDate;
    }

    void setRequestedDate(LocalDate requestedDate) {
        this.requestedDate = requestedDate;
    }

    String getCustomerName() {
        return customerName;
    }

    void setCustomerName(String customerName) {
        this.customerName = nonNull(customerName);
    }

    String getCustomerEmail() {
        return customerEmail;
    }

    void setCustomerEmail(String customerEmail) {
        this.customerEmail = nonNull(customerEmail);
    }

    String getCustomerPhone() {
        return customerPhone;
    }

    void setCustomerPhone(String customerPhone) {
        this.customerPhone = nonNull(customerPhone);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
