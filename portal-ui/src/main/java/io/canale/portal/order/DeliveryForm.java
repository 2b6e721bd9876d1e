package io.canale.portal.order;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.canale.portal.DatePickers;
import io.canale.portal.EmailFields;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where and when the order goes, and (optionally) the end customer it is for. Bound to the order form; the
 * limits are the API's, checked by {@link OrderForm#check} so that the form and the API agree.
 */
class DeliveryForm extends Div {

    private final TextField recipient = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final DatePicker requestedDate = DatePickers.localized(new DatePicker());
    private final TextField customerName = new TextField();
    private final EmailField customerEmail;
    private final TextField customerPhone = new TextField();
    private final Binder<OrderForm> binder = new Binder<>();

    DeliveryForm(OrderForm form) {
        this.customerEmail = EmailFields.create(getTranslation("order.customer.email"));
        addClassName("order-delivery");
        configureAddress();
        configureDate();
        configureCustomer();
        configureBinder();
        binder.setBean(form);
        FormLayout address = form();
        address.add(recipient, street, postalCode, city, country, requestedDate);
        FormLayout customer = form();
        customer.add(customerName, customerEmail, customerPhone);
        Details customerDetails = new Details(getTranslation("order.customer"), customer);
        customerDetails.setId("order-customer");
        customerDetails.setOpened(!form.getCustomerName().isBlank());
        add(address, customerDetails);
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    private void configureAddress() {
        text(recipient, "order-recipient", "order.recipient", OrderForm.MAX_RECIPIENT);
        text(street, "order-street", "order.street", OrderForm.MAX_STREET);
        text(postalCode, "order-postal-code", "order.postalCode", OrderForm.MAX_POSTAL_CODE);
        text(city, "order-city", "order.city", OrderForm.MAX_CITY);
        country.setId("order-country");
        country.setLabel(getTranslation("order.country"));
        country.setRequiredIndicatorVisible(true);
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::countryName)).toList());
        country.setItemLabelGenerator(this::countryName);
    }

    private void configureDate() {
        requestedDate.setId("order-requested-date");
        requestedDate.setLabel(getTranslation("order.requestedDate"));
        requestedDate.setRequiredIndicatorVisible(true);
        requestedDate.setMin(OrderForm.today());
        requestedDate.setLocale(getLocale());
    }

    private void configureCustomer() {
        customerName.setId("order-customer-name");
        customerName.setLabel(getTranslation("order.customer.name"));
        customerName.setMaxLength(OrderForm.MAX_CUSTOMER);
        customerEmail.setId("order-customer-email");
        customerPhone.setId("order-customer-phone");
        customerPhone.setLabel(getTranslation("order.customer.phone"));
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    /** Binds values only: checks run on the whole form at submission, as the API runs them. */
    private void configureBinder() {
        binder.forField(recipient).bind(OrderForm::getRecipient, OrderForm::setRecipient);
        binder.forField(street).bind(OrderForm::getStreet, OrderForm::setStreet);
        binder.forField(postalCode).bind(OrderForm::getPostalCode, OrderForm::setPostalCode);
        binder.forField(city).bind(OrderForm::getCity, OrderForm::setCity);
        binder.forField(country).bind(OrderForm::getCountry, OrderForm::setCountry);
        binder.forField(requestedDate).bind(OrderForm::getRequestedDate, OrderForm::setRequestedDate);
        binder.forField(customerName).bind(OrderForm::getCustomerName, OrderForm::setCustomerName);
        binder.forField(customerEmail).bind(OrderForm::getCustomerEmail, OrderForm::setCustomerEmail);
        binder.forField(customerPhone).bind(OrderForm::getCustomerPhone, OrderForm::setCustomerPhone);
    }

    /** Shows the form's values again, after an address was put into it from the address book. */
    void refresh() {
        binder.refreshFields();
    }

    /** The fields by their path in {@code SubmitOrderInput}. */
    Map<String, HasValidation> fieldsByPath() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("deliveryAddress.recipient", recipient);
        fields.put("deliveryAddress.street", street);
        fields.put("deliveryAddress.postalCode", postalCode);
        fields.put("deliveryAddress.city", city);
        fields.put("deliveryAddress.country", country);
        fields.put("deliveryAddress", recipient);
        fields.put("requestedDate", requestedDate);
        fields.put("endCustomer.name", customerName);
        fields.put("endCustomer.email", customerEmail);
        fields.put("endCustomer.phone", customerPhone);
        return fields;
    }
}
