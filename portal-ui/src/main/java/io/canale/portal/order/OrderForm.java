package io.canale.portal.order;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import io.canale.portal.catalog.Product;
import io.canale.portal.order.OrderApi.DeliveryAddressInput;
import io.canale.portal.api.EndCustomerInput;
import io.canale.portal.order.OrderApi.OrderLineInput;
import io.canale.portal.order.OrderApi.SubmitOrderInput;
import io.canale.portal.order.OrderDraftApi.DraftDeliveryAddressInput;
import io.canale.portal.order.OrderDraftApi.OrderDraftLineInput;
import io.canale.portal.order.OrderDraftApi.SaveOrderDraftInput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An order being entered: the Binder's bean for the delivery fields, the lines, and the source of the API's
 * {@code SubmitOrderInput} (and, saved for later, of its {@code SaveOrderDraftInput}). Its idempotency key is made once per draft, so every retry of the same form
 * (a double click, a lost answer) submits under the same key and the backend creates the orders only once.
 * {@link #check(LocalDate)} mirrors the API's documented limits and reports problems under the API's own
 * paths, so the form shows its own and the backend's refusals alike. Once saved on the backend (an
 * {@link OrderDraft}), it remembers that draft's id and version: it is then submitted through the saved draft,
 * whose id is the idempotency key.
 */
class OrderForm {

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
    static OrderForm resume(OrderDraft saved, Map<String, Product> products) {
        OrderForm form = new OrderForm();
        form.saved(saved.id(), saved.version());
        saved.lines().stream().filter(line -> products.containsKey(line.sku()))
                .forEach(line -> form.addLine(products.get(line.sku())).quantity(line.quantity()));
        form.requestedDate = saved.requestedDate();
        Order.DeliveryAddress address = saved.deliveryAddress();
        if (address != null) {
            form.fillAddress(address);
        }
        if (saved.endCustomer() != null) {
            form.setCustomerName(saved.endCustomer().name());
            form.setCustomerEmail(saved.endCustomer().email());
            form.setCustomerPhone(saved.endCustomer().phone());
        }
        return form;
    }

    /** Puts a (saved or suggested) address into the address fields; a missing country keeps the form's. */
    void fillAddress(Order.DeliveryAddress address) {
        setRecipient(address.recipient());
        setStreet(address.street());
        setPostalCode(address.postalCode());
        setCity(address.city());
        setCountry(address.country() == null ? country : address.country());
    }

    /** Whether any address field was filled in (then a suggestion would overwrite the reader's typing). */
    boolean hasAddress() {
        return Stream.of(getRecipient(), getStreet(), getPostalCode(), getCity()).anyMatch(text -> text != null && !text.isBlank());
    }

    /** The address as typed, trimmed; for the review and for saving it in the address book. */
    Order.DeliveryAddress address() {
        return new Order.DeliveryAddress(trimmed(getRecipient()), trimmed(getStreet()), trimmed(getPostalCode()), trimmed(getCity()),
                getCountry());
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
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
    SubmitOrderInput toInput() {
        return new SubmitOrderInput(
                lines.stream().map(line -> new OrderLineInput(line.product().sku(), line.quantity())).toList(),
                requestedDate,
                new DeliveryAddressInput(recipient.trim(), street.trim(), postalCode.trim(), city.trim(), country),
                endCustomer(), idempotencyKey);
    }

    /**
     * The {@code SaveOrderDraftInput}: whatever is filled in so far, lines with a product only (the API's
     * {@code input.lines.N} then counts those lines).
     */
    SaveOrderDraftInput toDraftInput() {
        List<OrderDraftLineInput> chosen = chosenLines().stream().map(line -> new OrderDraftLineInput(line.product().sku(),
                line.quantity() == null ? 0 : line.quantity())).toList();
        DraftDeliveryAddressInput address = new DraftDeliveryAddressInput(given(recipient), given(street),
                given(postalCode), given(city), given(country));
        boolean anyAddress = address.recipient() != null || address.street() != null || address.postalCode() != null
                || address.city() != null || address.country() != null;
        return new SaveOrderDraftInput(savedId, savedId == null ? null : savedVersion, chosen, requestedDate,
                anyAddress ? address : null, endCustomer());
    }

    /** The lines with a product, in form order. */
    List<Line> chosenLines() {
        return lines.stream().filter(line -> line.product() != null).toList();
    }

    /** The end customer, when any of its fields is filled in. */
    private EndCustomerInput endCustomer() {
        return hasEndCustomer()
                ? new EndCustomerInput(customerName.trim(), given(customerEmail), given(customerPhone))
                : null;
    }

    /** The trimmed value, or null (left out of the request) when blank. */
    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
