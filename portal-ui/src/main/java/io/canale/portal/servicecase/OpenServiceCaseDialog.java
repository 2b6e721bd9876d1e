package io.canale.portal.servicecase;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.api.Paging;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.EndCustomerInput;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Partner;
import java.util.UUID;

/**
 * Opens a service case: what it is about, how urgent, the product and the end customer. Staff, who open cases for
 * dealers, also pick the dealer. Raises {@link OpenedEvent} with the case the API opened; a repeated click sends the
 * same idempotency key, so it opens one case.
 */
class OpenServiceCaseDialog extends Dialog {

    static final int MAX_SUBJECT = 200;

    private final Select<ServiceCase.Type> type = new Select<>();
    private final Select<ServiceCase.Priority> priority = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final TextField productSku = new TextField();
    private final ComboBox<Partner> dealer = new ComboBox<>();
    private final TextField customerName = new TextField();
    private final EmailField customerEmail = new EmailField();
    private final TextField customerPhone = new TextField();
    private final ServiceCaseApi api;
    private final boolean picksDealer;
    private final String idempotencyKey = UUID.randomUUID().toString();

    OpenServiceCaseDialog(ServiceCaseApi api, Paging paging, boolean picksDealer) {
        this.api = api;
        this.picksDealer = picksDealer;
        setHeaderTitle(getTranslation("cases.open"));
        setId("open-case-dialog");
        configureFields(paging);
        FormLayout form = new FormLayout(type, priority, subject, description, productSku, customerName, customerEmail, customerPhone);
        if (picksDealer) {
            form.addComponentAtIndex(0, dealer);
        }
        form.setColspan(subject, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button open = new Button(getTranslation("cases.open.send"), click -> validateAndOpen());
        open.setId("open-case-send");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), open);
        setWidth("min(40rem, 95vw)");
    }

    private void configureFields(Paging paging) {
        type.setId("case-type");
        type.setLabel(getTranslation("case.type"));
        type.setItems(ServiceCase.Type.values());
        type.setItemLabelGenerator(value -> getTranslation("caseType." + value));
        type.setRequiredIndicatorVisible(true);
        priority.setId("case-priority");
        priority.setLabel(getTranslation("case.priority"));
        priority.setItems(ServiceCase.Priority.values());
        priority.setItemLabelGenerator(value -> getTranslation("casePriority." + value));
        priority.setValue(ServiceCase.Priority.NORMAL);
        subject.setId("case-subject");
        subject.setLabel(getTranslation("case.subject"));
        subject.setMaxLength(MAX_SUBJECT);
        subject.setRequiredIndicatorVisible(true);
        description.setId("case-description");
        description.setLabel(getTranslation("case.description"));
        description.setMaxLength(10_000);
        productSku.setId("case-product-sku");
        productSku.setLabel(getTranslation("case.productSku"));
        dealer.setId("case-dealer");
        dealer.setLabel(getTranslation("case.dealer"));
        dealer.setItemLabelGenerator(Partner::name);
        dealer.setRequiredIndicatorVisible(true);
        PagedComboBoxes.bind(dealer, paging, (text, first, after) -> api.dealers(first, after, text));
        customerName.setId("case-customer-name");
        customerName.setLabel(getTranslation("case.customer.name"));
        customerEmail.setId("case-customer-email");
        customerEmail.setLabel(getTranslation("case.customer.email"));
        customerPhone.setId("case-customer-phone");
        customerPhone.setLabel(getTranslation("case.customer.phone"));
    }

    private void validateAndOpen() {
        boolean valid = required(type, type.getValue() != null) & required(subject, !subject.getValue().isBlank())
                & (!picksDealer || required(dealer, dealer.getValue() != null));
        if (!valid) {
            return;
        }
        ServiceCasePayload answer = api.open(new ServiceCaseApi.OpenServiceCaseInput(picksDealer ? dealer.getValue().id() : null,
                type.getValue(), priority.getValue(), subject.getValue().trim(), blankToNull(description.getValue()), null,
                blankToNull(productSku.getValue()), customer(), idempotencyKey));
        if (answer.succeeded()) {
            fireEvent(new OpenedEvent(this, answer.serviceCase()));
        } else {
            UserErrorDisplay.showOrNotify(answer.userErrors(), new FieldPaths<HasValidation>().bind("type", type)
                    .bind("subject", subject).bind("description", description).bind("productSku", productSku).bind("dealerId", dealer)
                    .bind("endCustomer.name", customerName).bind("endCustomer.email", customerEmail)
                    .bind("endCustomer.phone", customerPhone));
        }
    }

    private boolean required(HasValidation field, boolean given) {
        field.setErrorMessage(given ? null : getTranslation("validation.required"));
        field.setInvalid(!given);
        return given;
    }

    private EndCustomerInput customer() {
        String name = blankToNull(customerName.getValue());
        return name == null ? null : new EndCustomerInput(name, blankToNull(customerEmail.getValue()), blankToNull(customerPhone.getValue()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    Registration addOpenedListener(ComponentEventListener<OpenedEvent> listener) {
        return addListener(OpenedEvent.class, listener);
    }

    /** The API opened the case. */
    static final class OpenedEvent extends ComponentEvent<OpenServiceCaseDialog> {

        private final transient ServiceCase serviceCase;

        OpenedEvent(OpenServiceCaseDialog source, ServiceCase serviceCase) {
            super(source, false);
            this.serviceCase = serviceCase;
        }

        ServiceCase serviceCase() {
            return serviceCase;
        }
    }
}
